/**
 * `perf` as tests see it: collects metrics from a page, marks the heap, and samples flows in fresh
 * contexts. Every collection is kept so the fixture can attach it for the reporter.
 */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, LaunchOptions, Page } from '@playwright/test';
import { perfgateInitScript } from '../inject/web-vitals-script.js';
import { applyThrottling } from '../throttling/presets.js';
import { buildResults } from './build-results.js';
import type { ResolvedPerfOptions } from './options.js';
import { readPageSnapshot } from './page-snapshot.js';
import type { PerfResult } from './result.js';
import { mergeRuns, type PerfSampleSet } from './sample-set.js';
import { runLighthouse, type LighthouseOptions } from '../lighthouse/run-lighthouse.js';

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
export async function preparePerfContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: perfgateInitScript() });
}

/** The controller behind the `perf` fixture. */
export class PerfController {
  /** Every result collected in this test, in order (what the reporter receives). */
  readonly collected: PerfResult[] = [];
  private readonly handles = new Map<Page, Promise<PageHandle>>();

  constructor(
    private readonly page: Page,
    private readonly options: ResolvedPerfOptions,
    private readonly browser: Browser,
    private readonly contextOptions: BrowserContextOptions,
    private readonly defaultRuns: number,
    /** The test's launch options (executable, args, …), reused by {@link lighthouse}. */
    private readonly launchOptions?: LaunchOptions,
  ) {}

  /** Prepares a page: CDP session, Performance domain, throttling (once per page). */
  attach(page: Page): Promise<PageHandle> {
    let handle = this.handles.get(page);
    if (!handle) {
      handle = (async () => {
        const cdp = await page.context().newCDPSession(page);
        // Independent commands: one round trip instead of several (CDP keeps their order per session).
        await Promise.all([cdp.send('Performance.enable'), applyThrottling(cdp, this.options.throttling)]);
        return { page, cdp };
      })();
      this.handles.set(page, handle);
    }
    return handle;
  }

  /**
   * What a page needs before its first navigation: the CDP session when throttling must apply from
   * the start. Without throttling the session is opened in the background, while the test drives the
   * page, so neither the fixture nor `collect()` waits for its round trips (a failure surfaces in
   * `collect()`, which awaits the same promise).
   */
  async prepare(page: Page): Promise<void> {
    if (this.needsEarlyAttach()) await this.attach(page);
    else this.attach(page).catch(() => undefined);
  }

  private needsEarlyAttach(): boolean {
    const t = this.options.throttling;
    return t.cpuSlowdown !== 1 || t.rttMs > 0 || t.downloadKbps > 0 || t.uploadKbps > 0;
  }

  /**
   * Measures the current page: LCP, FCP, CLS, INP, TTFB, lab TBT (with attribution), JS heap and
   * transfer size, User Timing measures, API times, heap growth since {@link markHeap}. A metric
   * that cannot be measured is returned with `status: 'missing'` and a reason.
   */
  async collect(options: CollectOptions = {}, page: Page = this.page): Promise<PerfResult> {
    const result = await this.read(page, options);
    this.collected.push(result);
    return result;
  }

  /** Records the JS heap after a forced GC (bytes); later `collect()`s report `custom:heap-growth`. */
  async markHeap(page: Page = this.page): Promise<number> {
    const h = await this.attach(page);
    h.heapMark = await this.heapAfterGc(h.cdp);
    return h.heapMark;
  }

  /**
   * Measures a flow `runs` times, each in a fresh context (cold cache), and returns the samples.
   * The runs are recorded as one set for the reporter.
   */
  async sample(target: SampleTarget, options: SampleOptions = {}): Promise<PerfSampleSet> {
    const runs = options.runs ?? this.options.runs ?? this.defaultRuns;
    const results: PerfResult[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await this.browser.newContext(this.contextOptions);
      try {
        await preparePerfContext(context);
        const page = await context.newPage();
        await this.prepare(page);
        if (typeof target === 'string') await page.goto(target);
        else await target(page);
        results.push(await this.read(page, options));
      } finally {
        await context.close();
      }
    }
    const set = mergeRuns(results, options.route);
    this.collected.push(...results.map((r) => ({ ...r, route: set.route })));
    return set;
  }

  /**
   * Optional Lighthouse lab audit of `url` (relative URLs use `baseURL`): LCP, FCP, CLS, TBT and
   * `custom:speed-index`, with the performance score in the attribution. Needs the `lighthouse`
   * package; takes several seconds per call. Recorded under throttling `lighthouse-<formFactor>`.
   * Lighthouse drives a second Chromium launched with the test's own `launchOptions` (same
   * executable, channel and args) plus a remote debugging port: Playwright's browser talks over a
   * pipe and has no port Lighthouse could connect to.
   */
  async lighthouse(url: string, options: LighthouseOptions = {}): Promise<PerfResult> {
    const absolute = new URL(url, this.contextOptions.baseURL ?? this.page.url()).href;
    const result = await runLighthouse(absolute, options, this.launchOptions);
    this.collected.push(result);
    return result;
  }

  private async read(page: Page, options: CollectOptions): Promise<PerfResult> {
    const attached = this.attach(page);
    // The heap read runs while the page settles, not after it. The settle goes over the same CDP
    // session (opened when the fixture started), or over page.evaluate if that session failed.
    const [snapshot, heap, h] = await Promise.all([
      attached.then(
        (a) => readPageSnapshot(page, this.options.settleTimeoutMs, a.cdp),
        () => readPageSnapshot(page, this.options.settleTimeoutMs),
      ),
      attached.then((a) => this.heapUsed(a.cdp)).then(
        (value): { value: number } => ({ value }),
        (error: Error): { reason: string } => ({ reason: `CDP Performance.getMetrics failed: ${error.message}` }),
      ),
      attached,
    ]);
    let heapGrowth: { value: number; mark: number } | { reason: string } | undefined;
    if (h.heapMark !== undefined) {
      try {
        heapGrowth = { value: (await this.heapAfterGc(h.cdp)) - h.heapMark, mark: h.heapMark };
      } catch (error) {
        heapGrowth = { reason: `CDP heap read failed: ${(error as Error).message}` };
      }
    }
    const metrics = buildResults({
      snapshot,
      heap,
      ...(heapGrowth ? { heapGrowth } : {}),
      api: this.options.api,
      measures: this.options.measures,
      settleTimeoutMs: this.options.settleTimeoutMs,
    });
    return {
      route: options.route ?? new URL(snapshot.url).pathname,
      url: snapshot.url,
      throttling: this.options.throttling.name,
      browser: `chromium ${this.browser.version()}`,
      metrics,
    };
  }

  private async heapUsed(cdp: CDPSession): Promise<number> {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const m = metrics.find((x) => x.name === 'JSHeapUsedSize');
    if (!m) throw new Error('no JSHeapUsedSize metric');
    return m.value;
  }

  private async heapAfterGc(cdp: CDPSession): Promise<number> {
    await cdp.send('HeapProfiler.collectGarbage');
    return this.heapUsed(cdp);
  }
}
