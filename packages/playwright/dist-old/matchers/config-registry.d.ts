/**
 * What the matchers check against: the perfgate config (loaded from perfgate.config.* next to
 * playwright.config, or `perfOptions.configDir`), the reporter's `app` (so the matcher reads the same
 * baseline keys the reporter writes), and the running test's matcher defaults. Set by the `perf`
 * fixture before each test; read by the synchronous `toMeetBudgets()` and by `toMatchBaseline()`.
 */
import type { PerfgateConfig } from '@perfgate/core';
/** A loaded config and the directory its `storageDir` is relative to. */
export interface ActiveConfig {
    config: PerfgateConfig;
    rootDir: string;
    /** The reporter's `app` option (monorepos), when the perfgate reporter is configured with one. */
    app?: string;
    /** Default of `toMatchBaseline({ allowInconclusive })` for the running test. */
    allowInconclusive?: boolean;
}
/** Records the config for the running test. */
export declare function setActiveConfig(config: ActiveConfig): void;
/** The config set by the fixture, if any. */
export declare function activeConfig(): ActiveConfig | undefined;
//# sourceMappingURL=config-registry.d.ts.map