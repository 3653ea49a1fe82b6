/**
 * What `perf.collect()` returns: every metric it was asked for, each either measured or missing with a
 * reason — never silently absent.
 */
import type { MetricUnit } from '@perfgate/core';
/** One metric of one page. */
export interface MetricResult {
    /** Catalogue id (`LCP`, `heap`, …) or `custom:<name>` (User Timing measures, API times, heap growth). */
    metric: string;
    /** Unit of `value`: `ms`, `bytes` or `unitless` (CLS). */
    unit: MetricUnit;
    status: 'measured' | 'missing';
    /** The value (in `unit`); `null` when missing. */
    value: number | null;
    /** Why the metric is missing (only when `status` is `missing`). */
    reason?: string;
    /** web-vitals rating (`good` | `needs-improvement` | `poor`), for vitals. */
    rating?: string;
    /** Which element, shift, interaction, task or resource explains the value (JSON-safe). */
    attribution?: Record<string, unknown>;
}
/** Everything `collect()` measured on one page. */
export interface PerfResult {
    /** Route the samples are recorded under (the page's pathname unless `route` was given). */
    route: string;
    /** The page's URL when collected. */
    url: string;
    /** Throttling preset name in force. */
    throttling: string;
    /** Browser name and version. */
    browser: string;
    /** Metrics by id. */
    metrics: Record<string, MetricResult>;
}
/** A metric result that is missing, with its reason. */
export declare function missing(metric: string, unit: MetricUnit, reason: string): MetricResult;
/** A measured metric result. */
export declare function measured(metric: string, unit: MetricUnit, value: number, extra?: Partial<MetricResult>): MetricResult;
/** The missing metrics of a result, `metric: reason` each. */
export declare function missingMetrics(result: PerfResult): string[];
//# sourceMappingURL=result.d.ts.map