/**
 * Turns the perfgate attachments of finished tests into core Runs: one per environment (browser ×
 * throttling), measurements per route × metric with the samples of every test in a stable order
 * (test title path, then collection order), so sharded + merged runs equal unsharded ones.
 */
import type { Run } from '@perfgate/core';
import type { PerfResult } from '../collect/result.js';
/** The results one test attached. */
export interface TestResults {
    /** Stable order key: file, title path, project. */
    order: string;
    results: PerfResult[];
}
/** A metric that was missing in some collections. */
export interface MissingNote {
    route: string;
    metric: string;
    /** How many collections missed it, of how many that tried. */
    missing: number;
    of: number;
    reason: string;
    env: string;
}
/** Runs and missing-metric notes. */
export interface Gathered {
    runs: Array<{
        env: string;
        run: Run;
    }>;
    missing: MissingNote[];
    tests: number;
    collections: number;
}
/** Options of {@link gatherRuns}. */
export interface GatherOptions {
    /** Run id prefix and start time (ISO 8601). */
    startedAt: string;
    /** App name for monorepos (prefixed to baseline keys by core). */
    app?: string;
    git?: Run['git'];
    machine?: string;
}
/** Gathers runs from every test's results. */
export declare function gatherRuns(tests: TestResults[], options: GatherOptions): Gathered;
//# sourceMappingURL=gather.d.ts.map