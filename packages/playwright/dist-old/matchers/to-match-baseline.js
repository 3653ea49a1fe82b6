/**
 * `await expect(result).toMatchBaseline()`: compares each measured metric with the committed
 * baseline (`.perfgate/baseline.json`, same app × route × metric × browser × throttling) using core's
 * `compareMany` (Holm-corrected).
 *
 * Outcomes, so a passing test never hides an unchecked metric:
 * - `regressed` fails.
 * - `inconclusive` (too few samples on either side: one `perf.collect()` is 1 sample, core needs
 *   `minSamples`, 5 by default) fails with the fix, unless `allowInconclusive` — then it passes with a
 *   `perfgate` test annotation and a warning on stderr.
 * - a metric without a baseline yet passes, with the annotation and warning (record one with
 *   `PERFGATE_UPDATE_BASELINE=1`).
 * - while the baseline is being recorded (`PERFGATE_UPDATE_BASELINE=1` or `force`), nothing fails — as
 *   `--update-snapshots` does for snapshots: the comparison is still shown as an annotation, and the
 *   reporter records the run per the configured strategy.
 */
import { test } from '@playwright/test';
import { baselineKeyOf, compareMany, compareOptionsFor, DEFAULT_COMPARE_OPTIONS, FileBaselineStore, } from '@perfgate/core';
import { resolve } from 'node:path';
import { activeConfig } from './config-registry.js';
import { attributionLine, formatValue, table } from './format.js';
import { isPerfResult, toMeasurements } from './to-measurements.js';
/** A lab Run for one result, with the environment the reporter records (including its `app`). */
export function runOf(result, app) {
    return {
        id: 'matcher',
        startedAt: new Date().toISOString(),
        source: 'lab',
        environment: { browser: result.browser, throttling: result.throttling, ...(app ? { app } : {}) },
        measurements: toMeasurements(result).measurements,
    };
}
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
function inconclusiveFix(result, current, baseline, minSamples) {
    const isSet = 'runs' in result && Array.isArray(result.runs);
    const parts = [];
    if (current < minSamples) {
        parts.push(isSet
            ? `this sample set has ${current} sample${current === 1 ? '' : 's'}; use perf.sample(..., { runs: ${minSamples} }) or more (or set runs in use.perfOptions)`
            : `${current} sample (one perf.collect()); use perf.sample(url | flow, { runs: ${minSamples} }) or set runs in use.perfOptions and call perf.sample()`);
    }
    if (baseline < minSamples)
        parts.push(`the baseline has ${baseline} sample${baseline === 1 ? '' : 's'}; record it from perf.sample() runs (PERFGATE_UPDATE_BASELINE=1)`);
    return `${parts.join('; ')}; or accept it with toMatchBaseline({ allowInconclusive: true }) / use.perfOptions.allowInconclusive`;
}
/** Compares a result with the baseline in `storageDir`. */
export async function checkBaseline(result, config, rootDir, options = {}) {
    const store = new FileBaselineStore({ dir: resolve(rootDir, config.storageDir), keepRuns: config.baseline.keepRuns });
    await store.read();
    const run = runOf(result, options.app);
    const items = run.measurements.flatMap((m) => {
        const baseline = store.samplesFor(baselineKeyOf(run, m));
        if (baseline.length === 0)
            return [];
        return [{ key: m.metric, baseline, current: m.samples, options: compareOptionsFor(m.metric, config) }];
    });
    const compared = compareMany(items, { alpha: config.regression.alpha, correction: config.regression.correction });
    const rows = [];
    const regressed = [];
    const inconclusive = [];
    const fixes = new Set();
    for (const { key, comparison: c } of compared) {
        const m = run.measurements.find((x) => x.metric === key);
        const item = items.find((i) => i.key === key);
        if (c.verdict === 'regressed')
            regressed.push(key);
        if (c.verdict === 'inconclusive') {
            inconclusive.push(key);
            const minSamples = item.options.minSamples ?? DEFAULT_COMPARE_OPTIONS.minSamples;
            const baselineCount = item.baseline.reduce((s, r) => s + r.length, 0);
            fixes.add(inconclusiveFix(result, m.samples.length, baselineCount, minSamples));
        }
        rows.push([
            key,
            formatValue(c.currentValue, m.unit) + (m.samples.length > 1 ? ` (n=${m.samples.length})` : ' (n=1)'),
            formatValue(c.baselineValue, m.unit),
            c.verdict === 'inconclusive' ? '—' : `${pct(c.relativeChange)} [${pct(c.interval[0])}, ${pct(c.interval[1])}]`,
            c.verdict === 'inconclusive' ? '—' : c.pValue.toFixed(4),
            c.verdict + (c.verdict === 'regressed' ? ` (${c.severity})` : ''),
            c.verdict === 'regressed' ? attributionLine(m.attribution) : c.reason ?? '',
        ]);
    }
    const withoutBaseline = run.measurements.filter((m) => !compared.some((c) => c.key === m.metric)).map((m) => m.metric);
    const allowInconclusive = options.allowInconclusive ?? false;
    const checked = regressed.length === 0 && (inconclusive.length === 0 || allowInconclusive);
    const pass = checked || options.recording === true;
    const head = `route ${result.route} vs baseline ${store.file} [${baselineKeyOf(run, { route: result.route, metric: 'LCP' }).env}]`;
    const body = rows.length ? table(['metric', 'current', 'baseline', 'change [CI]', 'p', 'verdict', 'attribution / reason'], rows) : 'no metric has a baseline yet';
    const lines = [head, body];
    if (inconclusive.length) {
        lines.push(`${allowInconclusive ? 'allowed, not checked' : 'FAIL'}: ${inconclusive.length} comparison${inconclusive.length === 1 ? ' is' : 's are'} inconclusive (${inconclusive.join(', ')}): ${[...fixes].join(' | ')}`);
    }
    if (withoutBaseline.length)
        lines.push(`no baseline yet (run with PERFGATE_UPDATE_BASELINE=1 to record): ${withoutBaseline.join(', ')}`);
    const notes = [];
    if (inconclusive.length && allowInconclusive)
        notes.push(`toMatchBaseline ${result.route}: inconclusive, not checked (${inconclusive.join(', ')}): ${[...fixes].join(' | ')}`);
    if (withoutBaseline.length)
        notes.push(`toMatchBaseline ${result.route}: no baseline yet for ${withoutBaseline.join(', ')} (record with PERFGATE_UPDATE_BASELINE=1)`);
    if (!checked && options.recording) {
        const what = [...(regressed.length ? [`regressed: ${regressed.join(', ')}`] : []), ...(inconclusive.length ? [`inconclusive: ${inconclusive.join(', ')}`] : [])];
        notes.push(`toMatchBaseline ${result.route}: not failing while the baseline is recorded (PERFGATE_UPDATE_BASELINE) — ${what.join('; ')}`);
    }
    return {
        pass,
        text: lines.join('\n'),
        comparisons: compared.map((c) => ({ metric: c.key, comparison: c.comparison })),
        inconclusive,
        withoutBaseline,
        notes,
    };
}
/** Adds notes as `perfgate` annotations of the running test and warns on stderr (outside a test: only warns). */
function announce(notes) {
    for (const note of notes) {
        try {
            test.info().annotations.push({ type: 'perfgate', description: note });
        }
        catch {
            // not inside a Playwright test
        }
        console.warn(`perfgate: ${note}`);
    }
}
/** `PERFGATE_UPDATE_BASELINE=1` or `force`: the run is being recorded as the baseline. */
export function isRecording(value) {
    return value === '1' || value === 'force';
}
/** The matcher function for `expect.extend` (async). */
export async function toMatchBaseline(received, options = {}) {
    if (!isPerfResult(received)) {
        return { pass: false, name: 'toMatchBaseline', message: () => 'toMatchBaseline: expected the result of perf.collect() or perf.sample(), got ' + typeof received };
    }
    const active = activeConfig();
    if (!active) {
        return {
            pass: false,
            name: 'toMatchBaseline',
            message: () => 'toMatchBaseline: no perfgate config loaded. Fix: import { test, expect } from "@perfgate/playwright" and use the perf fixture in this test.',
        };
    }
    const check = await checkBaseline(received, active.config, active.rootDir, {
        ...(active.app ? { app: active.app } : {}),
        allowInconclusive: options.allowInconclusive ?? active.allowInconclusive ?? false,
        recording: isRecording(process.env.PERFGATE_UPDATE_BASELINE),
    });
    announce(check.notes);
    return { pass: check.pass, name: 'toMatchBaseline', message: () => `expect(result)${this.isNot ? '.not' : ''}.toMatchBaseline()\n\n${check.text}` };
}
//# sourceMappingURL=to-match-baseline.js.map