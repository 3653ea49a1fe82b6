/**
 * `expect(result).toMeetBudgets(limits?)`: every metric with a budget (perfgate.config
 * `budgets.routes` matching the result's route, plus inline `limits`) is measured and within its
 * error limit. Budget logic is core's (`limitsFor`, `budgetStatusFor`: p75 of a sample set).
 */
import { budgetStatusFor, limitsFor } from '@perfgate/core';
import { activeConfig } from './config-registry.js';
import { attributionLine, formatValue, table } from './format.js';
import { isPerfResult, toMeasurements } from './to-measurements.js';
/** Checks a result against config budgets plus inline limits. */
export function checkBudgets(result, inline = {}, base) {
    const budgets = {
        routes: [
            ...(base?.routes ?? []),
            {
                match: [result.route],
                metrics: Object.fromEntries(Object.entries(inline).map(([k, v]) => [k, typeof v === 'number' ? { error: v } : v])),
            },
        ],
        build: base?.build ?? {},
    };
    const { measurements, missing } = toMeasurements(result);
    const rows = [];
    let failed = false;
    let checked = 0;
    for (const m of missing) {
        const limits = limitsFor(result.route, m.metric, budgets);
        if (!limits || (limits.warn === undefined && limits.error === undefined))
            continue;
        checked++;
        failed = true;
        rows.push([m.metric, 'missing', describeLimits(limits, m.unit), 'FAIL', m.reason ?? 'not measured']);
    }
    for (const m of measurements) {
        const status = budgetStatusFor(m, budgets);
        if (!status)
            continue;
        checked++;
        const limits = limitsFor(result.route, m.metric, budgets);
        const verdict = status.status === 'error' ? 'FAIL' : status.status === 'warn' ? 'warn' : 'ok';
        if (status.status === 'error')
            failed = true;
        const value = formatValue(status.actual, m.unit) + (m.samples.length > 1 ? ` (p75 of ${m.samples.length})` : '');
        rows.push([m.metric, value, describeLimits(limits, m.unit), verdict, status.status === 'ok' ? '' : attributionLine(m.attribution)]);
    }
    if (checked === 0) {
        return {
            pass: false,
            checked,
            text: `no budget applies to route "${result.route}". Fix: add budgets.routes [{ match: '${result.route}', metrics: { LCP: { error: 2500 } } }] to perfgate.config, or pass limits: toMeetBudgets({ LCP: 2500 }).`,
        };
    }
    const head = `route ${result.route} (throttling ${result.throttling}, ${result.browser})`;
    return { pass: !failed, checked, text: `${head}\n${table(['metric', 'value', 'budget', 'verdict', 'attribution / reason'], rows)}` };
}
function describeLimits(l, unit) {
    const parts = [];
    if (l.warn !== undefined)
        parts.push(`warn ${formatValue(l.warn, unit)}`);
    if (l.error !== undefined)
        parts.push(`error ${formatValue(l.error, unit)}`);
    return parts.join(', ');
}
/** The matcher function for `expect.extend`. */
export function toMeetBudgets(received, inline) {
    if (!isPerfResult(received)) {
        return {
            pass: false,
            name: 'toMeetBudgets',
            message: () => 'toMeetBudgets: expected the result of perf.collect() or perf.sample(), got ' + typeof received,
        };
    }
    const check = checkBudgets(received, inline, activeConfig()?.config.budgets);
    return {
        pass: check.pass,
        name: 'toMeetBudgets',
        message: () => `expect(result)${this.isNot ? '.not' : ''}.toMeetBudgets()\n\n${check.text}`,
    };
}
//# sourceMappingURL=to-meet-budgets.js.map