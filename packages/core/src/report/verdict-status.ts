import type { Severity, Verdict } from '../model.js';

/** The one status a verdict row shows, worst first in {@link STATUS_ORDER}. */
export type VerdictStatus = 'regressed' | 'over-budget' | 'budget-warning' | 'inconclusive' | 'improved' | 'new' | 'ok';

/** Rows are sorted by this order: failures first. */
export const STATUS_ORDER: readonly VerdictStatus[] = ['regressed', 'over-budget', 'budget-warning', 'inconclusive', 'improved', 'new', 'ok'];

/** The status of a verdict: a regression or a broken error budget beats everything. */
export function verdictStatus(v: Verdict): VerdictStatus {
  if (v.comparison?.verdict === 'regressed') return 'regressed';
  if (v.budget?.status === 'error') return 'over-budget';
  if (v.budget?.status === 'warn') return 'budget-warning';
  if (v.comparison?.verdict === 'inconclusive') return 'inconclusive';
  if (v.comparison?.verdict === 'improved') return 'improved';
  if (!v.comparison) return 'new';
  return 'ok';
}

/** Display label of a status. */
export const STATUS_LABEL: Record<VerdictStatus, string> = {
  regressed: 'REGRESSED',
  'over-budget': 'OVER BUDGET',
  'budget-warning': 'warn',
  inconclusive: 'inconclusive',
  improved: 'improved',
  new: 'no baseline',
  ok: 'ok',
};

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** The worse of two severities. */
export function worstSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Severity rank (info 0, warning 1, critical 2). */
export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** Sorts verdicts: status order, then severity, then larger relative change, then route and metric. */
export function sortVerdicts(verdicts: readonly Verdict[]): Verdict[] {
  const keyed = verdicts.map((v) => ({
    v,
    status: STATUS_ORDER.indexOf(verdictStatus(v)),
    severity: severityRank(v.comparison?.severity ?? 'info'),
    change: v.comparison?.relativeChange ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.status - b.status ||
      b.severity - a.severity ||
      b.change - a.change ||
      (a.v.route < b.v.route ? -1 : a.v.route > b.v.route ? 1 : 0) ||
      (a.v.metric < b.v.metric ? -1 : a.v.metric > b.v.metric ? 1 : 0),
  );
  return keyed.map((k) => k.v);
}
