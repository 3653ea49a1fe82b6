import { type Comparison, type PerfgateConfig, type Run } from '@perfgate/core';
import type { PerfResult } from '../collect/result.js';
import type { PerfSampleSet } from '../collect/sample-set.js';
/** Options of `toMatchBaseline()`. */
export interface BaselineMatchOptions {
    /**
     * Pass when a comparison is inconclusive (too few samples), with a test annotation and a warning
     * instead of a failure. Default: `perfOptions.allowInconclusive`, else `false`.
     */
    allowInconclusive?: boolean;
}
/** Options of {@link checkBaseline}. */
export interface CheckBaselineOptions extends BaselineMatchOptions {
    /** App name (the reporter's `app` option): part of the baseline key in monorepos. */
    app?: string;
    /** The baseline is being recorded (`PERFGATE_UPDATE_BASELINE`): report, never fail. Default false. */
    recording?: boolean;
}
/** Outcome of a baseline check. */
export interface BaselineCheck {
    pass: boolean;
    text: string;
    comparisons: Array<{
        metric: string;
        comparison: Comparison;
    }>;
    /** Metrics whose comparison was inconclusive. */
    inconclusive: string[];
    /** Metrics without a baseline yet. */
    withoutBaseline: string[];
    /** One-line notes for a test annotation (inconclusive that was allowed, no baseline yet). */
    notes: string[];
}
/** A lab Run for one result, with the environment the reporter records (including its `app`). */
export declare function runOf(result: PerfResult | PerfSampleSet, app?: string): Run;
/** Compares a result with the baseline in `storageDir`. */
export declare function checkBaseline(result: PerfResult | PerfSampleSet, config: PerfgateConfig, rootDir: string, options?: CheckBaselineOptions): Promise<BaselineCheck>;
/** `PERFGATE_UPDATE_BASELINE=1` or `force`: the run is being recorded as the baseline. */
export declare function isRecording(value: string | undefined): boolean;
/** The matcher function for `expect.extend` (async). */
export declare function toMatchBaseline(this: {
    isNot: boolean;
}, received: unknown, options?: BaselineMatchOptions): Promise<{
    pass: boolean;
    name: string;
    message: () => string;
}>;
//# sourceMappingURL=to-match-baseline.d.ts.map