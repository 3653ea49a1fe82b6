import type { Measurement, Run, RunReport, Severity, Verdict } from '../model.js';
import type { PerfgateConfig } from '../config/schema.js';
import type { CompareOptions } from '../stats/compare-types.js';
import { compareMany } from '../stats/compare-many.js';
import { configuredMethodOptions, optionsForMetric } from '../stats/options-for-metric.js';
import { getMetric } from '../metrics.js';
import { budgetStatusFor } from '../budgets/evaluate-budgets.js';
import { recommendationsFor } from './recommendations.js';
import { sortVerdicts, verdictStatus, worstSeverity } from './verdict-status.js';

/** Inputs of {@link buildReport}. */
export interface BuildReportInput {
  config: PerfgateConfig;
  /** Baseline samples of a measurement (one array per stored run), or `undefined` when none. */
  baseline?: (m: Measurement) => readonly (readonly number[])[] | undefined;
  /** Report time (default now). */
  now?: Date;
}

/**
 * Comparison options for one metric under the config: catalogue direction and floor, then the config's
 * `alpha`, `method`, `minRelativeChange` and `floors`; for bundle metrics `regression.bundle` (a bundle regresses
 * only when it grows by more than both `maxIncreasePercent` and `maxIncreaseBytes`).
 */
export function compareOptionsFor(metric: string, config: PerfgateConfig): CompareOptions {
  const r = config.regression;
  const floor = r.floors[metric] ?? getMetric(metric).floor;
  const overrides: Partial<CompareOptions> = { alpha: r.alpha, minAbsoluteChange: floor, ...configuredMethodOptions(metric, r.method, r.minRelativeChange) };
  if (metric.startsWith('bundle.')) {
    if (r.bundle.maxIncreasePercent !== undefined) overrides.minRelativeChange = r.bundle.maxIncreasePercent / 100;
    if (r.bundle.maxIncreaseBytes !== undefined) overrides.minAbsoluteChange = Math.max(floor, r.bundle.maxIncreaseBytes);
  }
  return optionsForMetric(metric, overrides);
}

/**
 * Builds the report of a run: budget status per measurement, baseline comparisons through
 * `compareMany` (with the configured multiple-comparison correction), regressions worst first,
 * overall severity (critical for a broken error budget, warning for a budget warning, else the worst
 * regression's) and recommendations.
 */
export function buildReport(run: Run, input: BuildReportInput): RunReport {
  const { config } = input;
  const items: Array<{ key: string; baseline: readonly (readonly number[])[]; current: number[]; options: CompareOptions }> = [];
  run.measurements.forEach((m, i) => {
    const base = input.baseline?.(m);
    if (base && base.some((r) => r.length > 0)) items.push({ key: String(i), baseline: base, current: m.samples, options: compareOptionsFor(m.metric, config) });
  });
  const compared = new Map(compareMany(items, { alpha: config.regression.alpha, correction: config.regression.correction }).map((c) => [c.key, c.comparison]));

  const verdicts: Verdict[] = run.measurements.map((m, i) => {
    const v: Verdict = { route: m.route, metric: m.metric, unit: m.unit };
    const budget = budgetStatusFor(m, config.budgets);
    if (budget) v.budget = budget;
    const comparison = compared.get(String(i));
    if (comparison) v.comparison = comparison;
    if (m.attribution) v.attribution = m.attribution;
    return v;
  });

  const sorted = sortVerdicts(verdicts);
  const regressions = sorted.filter((v) => verdictStatus(v) === 'regressed');
  const hasBudgetErrors = verdicts.some((v) => v.budget?.status === 'error');
  let severity: Severity = 'info';
  for (const v of regressions) severity = worstSeverity(severity, v.comparison?.severity ?? 'info');
  if (verdicts.some((v) => v.budget?.status === 'warn')) severity = worstSeverity(severity, 'warning');
  if (hasBudgetErrors) severity = 'critical';

  return {
    timestamp: (input.now ?? new Date()).toISOString(),
    run,
    verdicts: sorted,
    hasRegressions: regressions.length > 0,
    hasBudgetErrors,
    severity,
    regressions,
    recommendations: recommendationsFor(sorted),
  };
}
