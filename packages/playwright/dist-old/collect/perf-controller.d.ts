/**
 * `perf` as tests see it: collects metrics from a page, marks the heap, and samples flows in fresh
 * contexts. Every collection is kept so the fixture can attach it for the reporter.
 */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, LaunchOptions, Page } from '@playwright/test';
import type { ResolvedPerfOptions } from './options.js';
import type { PerfResult } from './result.js';
import { type PerfSampleSet } from './sample-set.js';
import { type LighthouseOptions } from '../lighthouse/run-lighthouse.js';
/** Options of one `collect()` call. */
export interface CollectOptions {
    /** Route to record under (e.g. `/campaigns/[id]`). Default: the page's pathname. */
    route?: string;
}
/** Options of `sample()`. */
export interface SampleOptions {
    /** How many fresh-context runs (default: `perfOptions.runs`, then config `lab.runs`, then 5). */
    runs?: number;
    /** Route to record under. Default: the pathname of the last run's page. */
    route?: string;
}
/** A flow to sample: a URL to open, or a function driving a fresh page. */
export type SampleTarget = string | ((page: Page) => Promise<void>);
interface PageHandle {
    page: Page;
    cdp: CDPSession;
    heapMark?: number;
}
/** Registers perfgate on a context (init script) — call before the first navigation. */
export declare function preparePerfContext(context: BrowserContext): Promise<void>;
/** The controller behind the `perf` fixture. */
export declare class PerfController {
    private readonly page;
    private readonly options;
    private readonly browser;
    private readonly contextOptions;
    private readonly defaultRuns;
    /** The test's launch options (executable, args, …), reused by {@link lighthouse}. */
    private readonly launchOptions?;
    /** Every result collected in this test, in order (what the reporter receives). */
    readonly collected: PerfResult[];
    private readonly handles;
    constructor(page: Page, options: ResolvedPerfOptions, browser: Browser, contextOptions: BrowserContextOptions, defaultRuns: number, 
    /** The test's launch options (executable, args, …), reused by {@link lighthouse}. */
    launchOptions?: LaunchOptions | undefined);
    /** Prepares a page: CDP session, Performance domain, throttling (once per page). */
    attach(page: Page): Promise<PageHandle>;
    /**
     * What a page needs before its first navigation: the CDP session when throttling must apply from
     * the start. Without throttling the session is opened in the background, while the test drives the
     * page, so neither the fixture nor `collect()` waits for its round trips (a failure surfaces in
     * `collect()`, which awaits the same promise).
     */
    prepare(page: Page): Promise<void>;
    private needsEarlyAttach;
    /**
     * Measures the current page: LCP, FCP, CLS, INP, TTFB, lab TBT (with attribution), JS heap and
     * transfer size, User Timing measures, API times, heap growth since {@link markHeap}. A metric
     * that cannot be measured is returned with `status: 'missing'` and a reason.
     */
    collect(options?: CollectOptions, page?: Page): Promise<PerfResult>;
    /** Records the JS heap after a forced GC (bytes); later `collect()`s report `custom:heap-growth`. */
    markHeap(page?: Page): Promise<number>;
    /**
     * Measures a flow `runs` times, each in a fresh context (cold cache), and returns the samples.
     * The runs are recorded as one set for the reporter.
     */
    sample(target: SampleTarget, options?: SampleOptions): Promise<PerfSampleSet>;
    /**
     * Optional Lighthouse lab audit of `url` (relative URLs use `baseURL`): LCP, FCP, CLS, TBT and
     * `custom:speed-index`, with the performance score in the attribution. Needs the `lighthouse`
     * package; takes several seconds per call. Recorded under throttling `lighthouse-<formFactor>`.
     * Lighthouse drives a second Chromium launched with the test's own `launchOptions` (same
     * executable, channel and args) plus a remote debugging port: Playwright's browser talks over a
     * pipe and has no port Lighthouse could connect to.
     */
    lighthouse(url: string, options?: LighthouseOptions): Promise<PerfResult>;
    private read;
    private heapUsed;
    private heapAfterGc;
}
export {};
//# sourceMappingURL=perf-controller.d.ts.map