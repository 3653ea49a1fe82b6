import { median } from 'simple-statistics';
import { environmentKey } from '../baseline/keys.js';
import { budgetStatusFor } from '../budgets/index.js';
import type { PerfgateConfig } from '../config/schema.js';
import type { HistoryRecord } from '../history/record.js';
import { resolveSince } from '../history/duration.js';
import { robustZ } from '../alerts/robust-z.js';
import { getMetric } from '../metrics.js';
import type { BudgetStatus, MetricUnit, RunSource } from '../model.js';
import { detectChangePoints } from '../trends/index.js';
import type { ChangePoint } from '../trends/index.js';

/** A change point located in the history. */
export interface LocatedChangePoint extends ChangePoint {
  runId: string;
  startedAt: string;
  sha?: string;
  /** Sha of the run before the step, to bound a bisect. */
  previousSha?: string;
  /** True when the step made the metric worse. */
  adverse: boolean;
}

/** The analysis of one source × environment × route × metric over the window. */
export interface SeriesAnalysis {
  source: RunSource;
  /** Environment key (`bundler=webpack`, `browser=chromium,throttling=mobile`, …): runs of different environments are never one series. */
  env: string;
  route: string;
  metric: string;
  unit: MetricUnit;
  /** Runs in the window that measured it. */
  runs: number;
  /** p75 of the latest run (metric's unit). */
  latest: number;
  /** Median of the per-run p75s (metric's unit). */
  median: number;
  /** Median of the last third vs the first third (unitless, 0.1 = +10%). */
  relativeChange: number;
  /** `worse`/`better`: moved by more than `regression.minRelativeChange` in that direction. */
  trend: 'worse' | 'better' | 'stable' | 'insufficient';
  changePoints: LocatedChangePoint[];
  /** Set when the latest value is an outlier in the bad direction (robust z > 3.5). */
  anomaly?: { value: number; median: number; z: number };
  /** Budget status of the latest run. */
  budget?: BudgetStatus;
}

/** What {@link analyzeHistory} returns. */
export interface HistoryAnalysis {
  /** ISO 8601 window start and end. */
  since: string;
  until: string;
  runs: number;
  series: SeriesAnalysis[];
  /** Series that need attention (budget error/warn, adverse step, worse trend or anomaly), worst first. */
  attention: SeriesAnalysis[];
  recommendations: string[];
  /** No budget error, adverse change point, worse trend or anomaly. */
  healthy: boolean;
}

/** Options of {@link analyzeHistory}. */
export interface AnalyzeOptions {
  /** Window start: `"7d"`, `"24h"`, an ISO date or ms since epoch. Default `"7d"`. */
  since?: string | number | Date;
  /** Clock (ms since epoch). */
  now?: number;
  /** Robust z (unitless) above which the latest value is an anomaly. Default 3.5. */
  anomalyZ?: number;
  /** Passed to `detectChangePoints` (seeded for repeatable reports). */
  changePoints?: { alpha?: number; minSegment?: number; permutations?: number; seed?: number };
}

const thirdMedian = (values: number[], last: boolean): number => {
  const k = Math.max(1, Math.floor(values.length / 3));
  return median(last ? values.slice(-k) : values.slice(0, k));
};

/**
 * The weekly analysis / daily health check over a run history: per source × route × metric the trend,
 * change points (`detectChangePoints`), an anomaly check of the latest run (robust z on the MAD), the
 * latest budget status, and the seed's recommendations. Pure: pass the records (e.g. from `FileHistoryStore.readRuns`).
 */
export function analyzeHistory(records: ReadonlyArray<HistoryRecord>, config: Pick<PerfgateConfig, 'budgets' | 'regression'>, options: AnalyzeOptions = {}): HistoryAnalysis {
  const now = options.now ?? Date.now();
  const since = resolveSince(options.since ?? '7d', now, 'analyze --since');
  const inWindow = records.filter((r) => { const t = Date.parse(r.startedAt); return t >= since && t <= now; })
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const groups = new Map<string, { source: RunSource; env: string; route: string; metric: string; unit: MetricUnit; values: number[]; recs: HistoryRecord[]; last: number[] }>();
  for (const r of inWindow) {
    const env = environmentKey(r);
    for (const p of r.points) {
      if (p.summary.n === 0) continue;
      const key = `${r.source}\u0000${env}\u0000${p.route}\u0000${p.metric}`;
      const g = groups.get(key) ?? { source: r.source, env, route: p.route, metric: p.metric, unit: p.unit, values: [], recs: [], last: [] };
      g.values.push(p.summary.p75);
      g.recs.push(r);
      g.last = p.samples;
      groups.set(key, g);
    }
  }
  const minRel = config.regression.minRelativeChange;
  const series: SeriesAnalysis[] = [];
  for (const g of groups.values()) {
    const def = getMetric(g.metric);
    const sign = def.direction === 'lower-is-better' ? 1 : -1;
    const latest = g.values[g.values.length - 1] as number;
    const first = thirdMedian(g.values, false);
    const relativeChange = g.values.length < 3 || first === 0 ? 0 : (thirdMedian(g.values, true) - first) / Math.abs(first);
    const trend = g.values.length < 3 ? 'insufficient' : sign * relativeChange > minRel ? 'worse' : sign * relativeChange < -minRel ? 'better' : 'stable';
    const cps = g.values.length >= 10 ? detectChangePoints(g.values, { seed: 1, permutations: 499, ...options.changePoints }) : [];
    const changePoints = cps.map((cp): LocatedChangePoint => {
      const rec = g.recs[cp.index] as HistoryRecord;
      const prev = g.recs[cp.index - 1];
      return {
        ...cp, runId: rec.runId, startedAt: rec.startedAt,
        ...(rec.git?.sha ? { sha: rec.git.sha } : {}), ...(prev?.git?.sha ? { previousSha: prev.git.sha } : {}),
        adverse: sign * cp.relativeChange > 0 && Math.abs(cp.after - cp.before) >= def.floor,
      };
    });
    const s: SeriesAnalysis = { source: g.source, env: g.env, route: g.route, metric: g.metric, unit: g.unit, runs: g.values.length, latest, median: median(g.values), relativeChange, trend, changePoints };
    // Judge the latest run against the current level: the runs since the last change point, when enough.
    const lastStep = cps.length ? Math.max(...cps.map((c) => c.index)) : 0;
    const reference = g.values.length - 1 - lastStep >= 5 ? g.values.slice(lastStep, -1) : g.values.slice(0, -1);
    if (reference.length >= 5) {
      const { z, median: med } = robustZ(latest, reference, def.floor);
      if (sign * z > (options.anomalyZ ?? 3.5)) s.anomaly = { value: latest, median: med, z: Number.isFinite(z) ? z : sign * 1e9 };
    }
    const budget = budgetStatusFor({ route: g.route, metric: g.metric as never, unit: g.unit, samples: g.last }, config.budgets);
    if (budget) s.budget = budget;
    series.push(s);
  }
  const score = (s: SeriesAnalysis): number =>
    (s.budget?.status === 'error' ? 8 : s.budget?.status === 'warn' ? 2 : 0) + (s.changePoints.some((c) => c.adverse) ? 4 : 0) + (s.trend === 'worse' ? 2 : 0) + (s.anomaly ? 3 : 0);
  const attention = series.filter((s) => score(s) > 0).sort((a, b) => score(b) - score(a) || Math.abs(b.relativeChange) - Math.abs(a.relativeChange));
  series.sort((a, b) => score(b) - score(a) || a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric));
  return {
    since: new Date(since).toISOString(),
    until: new Date(now).toISOString(),
    runs: inWindow.length,
    series,
    attention,
    recommendations: recommendationsForAnalysis(attention, inWindow.length),
    healthy: attention.every((s) => s.budget?.status !== 'error' && !s.changePoints.some((c) => c.adverse) && s.trend !== 'worse' && !s.anomaly),
  };
}

const pct = (r: number): string => `${r >= 0 ? '+' : ''}${(r * 100).toFixed(1)}%`;
const short = (sha?: string): string => (sha ? sha.slice(0, 7) : '?');

/** The seed's recommendations, one per problem, most important first. */
export function recommendationsForAnalysis(attention: ReadonlyArray<SeriesAnalysis>, runs: number): string[] {
  if (runs === 0) return ['No runs in this window: check that CI appends runs to .perfgate/history/ (history.enabled) and keeps it as an artifact or commits it.'];
  const out: string[] = [];
  for (const s of attention) {
    const name = `${s.metric} on ${s.route} (${s.source}, ${s.env})`;
    if (s.budget?.status === 'error' || s.budget?.status === 'warn') {
      out.push(`${name} is ${s.budget.status === 'error' ? 'over its error budget' : 'over its warning budget'}: p75 ${s.budget.actual} vs limit ${s.budget.limit ?? '?'} ${s.unit}; fix it before it blocks merges.`);
    }
    for (const cp of s.changePoints.filter((c) => c.adverse)) {
      out.push(`${name} stepped ${pct(cp.relativeChange)} at run ${short(cp.sha) === '?' ? cp.runId : short(cp.sha)} (${cp.startedAt.slice(0, 16)}, p=${cp.pValue.toFixed(3)}): bisect ${short(cp.previousSha)}..${short(cp.sha)} for the cause.`);
    }
    if (s.trend === 'worse' && !s.changePoints.some((c) => c.adverse)) {
      out.push(`${name} drifted ${pct(s.relativeChange)} over ${s.runs} runs without a single step: look for gradual growth (dependencies, data size, memory).`);
    }
    if (s.anomaly) out.push(`${name}: the latest run is an outlier (robust z ${s.anomaly.z.toFixed(1)} vs median ${s.anomaly.median}); re-run to confirm before acting.`);
  }
  return out.length > 0 ? out : ['All tracked metrics are stable and within budget in this window.'];
}
