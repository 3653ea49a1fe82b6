import type { BudgetStatus, Measurement } from '../model.js';
import type { BudgetLimits, BudgetsConfig } from '../config/schema.js';
import { matchRoute } from './match-route.js';
import { budgetValue } from './budget-value.js';
import { BUILD_BUDGET_METRICS, BUILD_ROUTE } from './build-totals.js';

/** A broken budget. */
export interface BudgetViolation {
  route: string;
  metric: Measurement['metric'];
  level: 'warn' | 'error';
  /** The value checked (metric's unit): the sample, or the p75 of several. */
  actual: number;
  /** The limit broken (metric's unit). */
  limit: number;
  /** `actual − limit` (metric's unit, > 0). */
  overBy: number;
}

/**
 * The limits that apply to a route × metric: `budgets.build` for {@link BUILD_ROUTE}, else every
 * matching `budgets.routes` entry, later entries overriding earlier ones per level.
 */
export function limitsFor(route: string, metric: string, budgets: BudgetsConfig): BudgetLimits | undefined {
  if (route === BUILD_ROUTE) {
    for (const [kind, id] of Object.entries(BUILD_BUDGET_METRICS)) {
      if (id === metric) return budgets.build[kind as keyof typeof BUILD_BUDGET_METRICS];
    }
    return undefined;
  }
  let out: BudgetLimits | undefined;
  for (const entry of budgets.routes) {
    const limits = entry.metrics[metric];
    if (!limits || !entry.match.some((g) => matchRoute(g, route))) continue;
    out = { ...out, ...limits };
  }
  return out;
}

/** Budget status of one measurement, or `undefined` when no budget applies or there is no sample. */
export function budgetStatusFor(m: Measurement, budgets: BudgetsConfig): BudgetStatus | undefined {
  const limits = limitsFor(m.route, m.metric, budgets);
  if (!limits || (limits.warn === undefined && limits.error === undefined)) return undefined;
  const actual = budgetValue(m.samples);
  if (!Number.isFinite(actual)) return undefined;
  if (limits.error !== undefined && actual > limits.error) return { status: 'error', limit: limits.error, actual };
  if (limits.warn !== undefined && actual > limits.warn) return { status: 'warn', limit: limits.warn, actual };
  const limit = limits.error ?? limits.warn;
  return limit === undefined ? { status: 'ok', actual } : { status: 'ok', limit, actual };
}

/**
 * Checks every measurement against the budgets. Returns the violations, errors first, then by
 * route and metric. A value equal to its limit passes.
 */
export function evaluateBudgets(measurements: readonly Measurement[], budgets: BudgetsConfig): BudgetViolation[] {
  const out: BudgetViolation[] = [];
  for (const m of measurements) {
    const s = budgetStatusFor(m, budgets);
    if (!s || s.status === 'ok' || s.limit === undefined) continue;
    out.push({ route: m.route, metric: m.metric, level: s.status, actual: s.actual, limit: s.limit, overBy: s.actual - s.limit });
  }
  return out.sort(
    (a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) || a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric),
  );
}
