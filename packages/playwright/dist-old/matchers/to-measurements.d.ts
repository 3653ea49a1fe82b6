/**
 * Turns `collect()` / `sample()` results into core {@link Measurement}s (measured metrics only) and a
 * list of the missing ones with their reasons.
 */
import type { Measurement } from '@perfgate/core';
import type { MetricResult, PerfResult } from '../collect/result.js';
import type { PerfSampleSet } from '../collect/sample-set.js';
/** The samples of a metric result: `samples` of a sample set, else `[value]`. */
export declare function samplesOf(m: MetricResult & {
    samples?: number[];
}): number[];
/** Measurements of one result or sample set. */
export declare function toMeasurements(result: PerfResult | PerfSampleSet): {
    measurements: Measurement[];
    missing: MetricResult[];
};
/** Is this value a perfgate result? */
export declare function isPerfResult(value: unknown): value is PerfResult | PerfSampleSet;
//# sourceMappingURL=to-measurements.d.ts.map