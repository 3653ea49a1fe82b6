/**
 * `perf.lighthouse(url)`: a Lighthouse lab audit (Node API, performance category, simulated
 * throttling) of a URL, in a separate Chromium launched with the test's launch options plus a
 * debugging port (Playwright's own browser has a pipe, not a port). Off unless called;
 * needs the optional peer dependency `lighthouse` (13.x). Results are recorded under the throttling
 * name `lighthouse-<formFactor>` so they are never compared with the fixture's own samples.
 */
import { type LaunchOptions } from '@playwright/test';
import { type MetricResult, type PerfResult } from '../collect/result.js';
/** Options of `perf.lighthouse()`. */
export interface LighthouseOptions {
    /** Lighthouse form factor and its throttling preset. Default `desktop`. */
    formFactor?: 'desktop' | 'mobile';
    /** Route to record under. Default: the URL's pathname. */
    route?: string;
}
/** Lighthouse audits perfgate records, by metric id. */
export declare const LIGHTHOUSE_AUDITS: Record<string, {
    audit: string;
    unit: MetricResult['unit'];
}>;
/**
 * Launch options for Lighthouse's Chromium: the test's own (executable, channel, args, …) plus a
 * debugging port; without them, perfgate's choice ({@link perfgateLaunchOptions}).
 */
export declare function lighthouseLaunchOptions(launch: LaunchOptions | undefined, port: number): LaunchOptions;
/** Runs Lighthouse on `url` and returns its lab metrics as a {@link PerfResult}. */
export declare function runLighthouse(url: string, options?: LighthouseOptions, launch?: LaunchOptions): Promise<PerfResult>;
//# sourceMappingURL=run-lighthouse.d.ts.map