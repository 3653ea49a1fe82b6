/**
 * `@perfgate/playwright/reporter`: gathers every test's perfgate attachment (across workers, shards
 * and `merge-reports`), runs core's gate per environment, prints a summary table, writes reports into
 * `.perfgate/reports/`, fails the run on regressions or broken budgets (when configured) and records
 * the baseline only when asked.
 */
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { type GateResult } from '@perfgate/core';
/** Reporter options (`['@perfgate/playwright/reporter', { ... }]`). */
export interface PerfReporterOptions {
    /** Fail the Playwright run when the gate fails (regression at `regression.failOn`, or a broken error budget). Default `true`. */
    failOnRegression?: boolean;
    /**
     * Record this run into the baseline (per `baseline.strategy`). Default: core's reading of
     * `PERFGATE_UPDATE_BASELINE` (`1` records per the strategy, `force` records even a regressed run).
     */
    updateBaseline?: boolean;
    /** Report file name under `.perfgate/reports/` (a `-<throttling>` suffix is added when several presets ran). Default `playwright`. */
    reportName?: string;
    /** Directory with perfgate.config.* (and `.perfgate/`). Default: playwright.config's directory. */
    cwd?: string;
    /** App name (monorepos): keys baselines and prefixes routes. */
    app?: string;
}
/** The reporter. */
export default class PerfgateReporter implements Reporter {
    private readonly options;
    private readonly byTest;
    private cwd;
    private readonly startedAt;
    private readonly errors;
    /** Outcomes of the last `onEnd` (for tests and programmatic use). */
    outcomes: Array<{
        env: string;
        outcome: GateResult;
    }>;
    constructor(options?: PerfReporterOptions);
    onBegin(config: FullConfig, _suite: Suite): void;
    onTestEnd(test: TestCase, result: TestResult): void;
    onEnd(result: FullResult): Promise<{
        status?: FullResult['status'];
    } | void>;
    printsToStdio(): boolean;
}
//# sourceMappingURL=reporter.d.ts.map