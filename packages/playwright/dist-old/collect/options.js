/**
 * Options of the `perf` fixture: `use: { perfOptions: {...} }` in playwright.config, or
 * `test.use({ perfOptions: {...} })` per file.
 */
import { PerfgateOptionError } from '../errors.js';
import { resolveThrottling } from '../throttling/presets.js';
/** Validates and fills defaults. Throws {@link PerfgateOptionError} naming the bad key. */
export function resolvePerfOptions(input) {
    const o = input ?? {};
    if (o.runs !== undefined && (!Number.isInteger(o.runs) || o.runs < 1)) {
        throw new PerfgateOptionError(`@perfgate/playwright: perfOptions.runs is ${String(o.runs)}. Fix: a whole number ≥ 1.`);
    }
    const settle = o.settleTimeoutMs ?? 3000;
    if (!Number.isFinite(settle) || settle < 0) {
        throw new PerfgateOptionError(`@perfgate/playwright: perfOptions.settleTimeoutMs is ${String(settle)}. Fix: milliseconds ≥ 0.`);
    }
    return {
        throttling: resolveThrottling(o.throttling),
        runs: o.runs,
        api: o.api ?? {},
        measures: o.measures ?? [],
        settleTimeoutMs: settle,
        configDir: o.configDir,
        allowInconclusive: o.allowInconclusive ?? false,
    };
}
//# sourceMappingURL=options.js.map