import type { PageSnapshot } from './page-snapshot.js';
import { type MetricResult } from './result.js';
/** Inputs besides the snapshot. */
export interface BuildInput {
    snapshot: PageSnapshot;
    /** `JSHeapUsedSize` from CDP `Performance.getMetrics` (bytes), or why it could not be read. */
    heap: {
        value: number;
    } | {
        reason: string;
    };
    /** Heap growth since `perf.markHeap()` (bytes), when a mark exists. */
    heapGrowth?: {
        value: number;
        mark: number;
    } | {
        reason: string;
    };
    /** API patterns: metric name → URL substring or RegExp. */
    api: Record<string, string | RegExp>;
    /** User Timing measure names that must be present (others found are reported too). */
    measures: string[];
    /** Settle timeout used (ms), for reasons. */
    settleTimeoutMs: number;
}
/** All metric results, keyed by metric id. */
export declare function buildResults(input: BuildInput): Record<string, MetricResult>;
//# sourceMappingURL=build-results.d.ts.map