import { type ThrottlingConditions, type ThrottlingInput } from '../throttling/presets.js';
/** What users write. */
export interface PerfOptions {
    /** `none` (default), `desktop`, `mobile` (Lighthouse's presets) or custom conditions. */
    throttling?: ThrottlingInput;
    /** Runs of `perf.sample()` when its call gives none. Default: perfgate.config `lab.runs` (5). */
    runs?: number;
    /** API response-time metrics: name → URL substring or RegExp of fetch/XHR requests (`custom:api:<name>`). */
    api?: Record<string, string | RegExp>;
    /** User Timing measures that must exist on every collected page (`custom:<name>`); others found are kept too. */
    measures?: string[];
    /** Longest wait for late web-vitals reports in `collect()` (ms). Default 3000. */
    settleTimeoutMs?: number;
    /** Directory to look for perfgate.config.* in. Default: the perfgate reporter's `cwd`, else Playwright's config directory. */
    configDir?: string;
    /**
     * Default of `toMatchBaseline({ allowInconclusive })`: pass (with a test annotation and a warning)
     * when a comparison has too few samples. Default `false`: an inconclusive comparison fails.
     */
    allowInconclusive?: boolean;
}
/** Options with defaults filled. */
export interface ResolvedPerfOptions {
    throttling: ThrottlingConditions;
    runs: number | undefined;
    api: Record<string, string | RegExp>;
    measures: string[];
    settleTimeoutMs: number;
    configDir: string | undefined;
    allowInconclusive: boolean;
}
/** Validates and fills defaults. Throws {@link PerfgateOptionError} naming the bad key. */
export declare function resolvePerfOptions(input: PerfOptions | undefined): ResolvedPerfOptions;
//# sourceMappingURL=options.d.ts.map