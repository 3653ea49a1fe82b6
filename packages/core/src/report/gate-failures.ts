import type { RunReport, Verdict } from '../model.js';
import type { PerfgateConfig } from '../config/schema.js';
import { compareOptionsFor } from './build-report.js';
import { formatChange, formatPercent, formatValue } from './format-values.js';
import { severityRank } from './verdict-status.js';

/**
 * The reasons a report fails the gate, one line each: every broken error budget, and every regression
 * at or above `regression.failOn` (`any` | `warning` | `critical`; `never`: none). Empty → the gate passes.
 */
export function gateFailures(report: RunReport, config: Pick<PerfgateConfig, 'regression'>): string[] {
  const out: string[] = [];
  for (const v of report.verdicts) {
    if (v.budget?.status === 'error' && v.budget.limit !== undefined) {
      out.push(
        `${v.route} ${v.metric}: ${formatValue(v.budget.actual, v.unit)} is over its budget of ${formatValue(v.budget.limit, v.unit)} by ${formatValue(v.budget.actual - v.budget.limit, v.unit)}`,
      );
    }
  }
  const failOn = config.regression.failOn;
  if (failOn === 'never') return out;
  const min = failOn === 'any' ? 0 : severityRank(failOn);
  for (const v of report.regressions) {
    const c = v.comparison;
    if (!c || severityRank(c.severity) < min) continue;
    out.push(
      `${v.route} ${v.metric}: regressed ${formatChange(c.relativeChange, c.absoluteChange, v.unit)} vs baseline ${formatValue(c.baselineValue, v.unit)} → ${formatValue(c.currentValue, v.unit)}, over the allowed ${allowed(v.metric, v.unit, config)} (${c.severity}, ${c.method}${c.method === 'exact' ? '' : `, p=${c.pValue.toPrecision(2)}`})`,
    );
  }
  return out;
}

/** The growth a metric may show before it regresses: both gates of `compareOptionsFor` (`+10.0% and +50 ms`). */
function allowed(metric: string, unit: Verdict['unit'], config: Pick<PerfgateConfig, 'regression'>): string {
  const o = compareOptionsFor(metric, config as PerfgateConfig);
  const rel = o.minRelativeChange ?? 0;
  const abs = o.minAbsoluteChange ?? 0;
  const parts = [...(rel > 0 ? [formatPercent(rel)] : []), ...(abs > 0 ? [`+${formatValue(abs, unit)}`] : [])];
  return parts.length > 0 ? `change of ${parts.join(' and ')}` : 'noise';
}
