/**
 * The result of `perf.sample()`: one {@link PerfResult} per run merged into per-metric samples.
 */
import type { MetricResult, PerfResult } from './result.js';
/** One metric over several runs. */
export interface SampledMetric extends MetricResult {
    /** Values of the runs where the metric was measured (metric's unit), in run order. */
    samples: number[];
    /** Runs where it was missing, with the reason each time. */
    missingRuns: Array<{
        run: number;
        reason: string;
    }>;
}
/** Samples of a flow. `value` of each metric is the median of its samples. */
export interface PerfSampleSet extends Omit<PerfResult, 'metrics'> {
    runs: PerfResult[];
    metrics: Record<string, SampledMetric>;
}
/** Merges runs. A metric missing in every run stays `missing` with the first reason. */
export declare function mergeRuns(runs: PerfResult[], route?: string): PerfSampleSet;
//# sourceMappingURL=sample-set.d.ts.map