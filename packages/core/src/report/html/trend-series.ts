import { environmentKey } from '../../baseline/keys.js';
import type { HistoryRecord } from '../../history/record.js';
import type { Measurement, RunReport, Verdict } from '../../model.js';

/** A change point to mark on a chart (compatible with `trends`' `ChangePoint`). */
export interface ChangePointMark {
  /** Index in the series of the first value after the step. */
  index: number;
  /** Relative size of the step (unitless, 0.12 = +12%). */
  relativeChange?: number;
  pValue?: number;
  before?: number;
  after?: number;
}

/** One chart's data: a route × metric over the history (p75 of each run, metric's unit). */
export interface TrendSeries {
  route: string;
  metric: string;
  unit: Measurement['unit'];
  /** p75 per run, oldest first (metric's unit). */
  values: number[];
  /** Label per run: short sha or date. */
  labels: string[];
  runIds: string[];
  /** ISO 8601 start time per run. */
  times: string[];
}

/** Key of a route × metric in maps passed to the HTML renderer. */
export function seriesKey(route: string, metric: string): string {
  return `${route}\u0000${metric}`;
}

function p75(samples: number[]): number {
  const s = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * 0.75;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

function labelOf(record: { git?: { sha?: string }; startedAt: string }): string {
  return record.git?.sha ? record.git.sha.slice(0, 7) : record.startedAt.slice(5, 16).replace('T', ' ');
}

/**
 * Builds a trend series per verdict from the history (same run source and environment as the report's
 * run: a webpack build's sizes never share a chart with Turbopack's, nor a mobile run with a desktop one),
 * adding the report's own run at the end when the history does not hold it yet.
 */
export function trendSeries(report: RunReport, history: ReadonlyArray<HistoryRecord>): Map<string, TrendSeries> {
  const out = new Map<string, TrendSeries>();
  const wanted = new Set(report.verdicts.map((v: Verdict) => seriesKey(v.route, v.metric)));
  const env = environmentKey(report.run);
  const records = history.filter((r) => r.source === report.run.source && environmentKey(r) === env);
  for (const record of records) {
    for (const p of record.points) {
      const key = seriesKey(p.route, p.metric);
      if (!wanted.has(key) || p.summary.n === 0) continue;
      const s = out.get(key) ?? { route: p.route, metric: p.metric, unit: p.unit, values: [], labels: [], runIds: [], times: [] };
      s.values.push(p.summary.p75);
      s.labels.push(labelOf(record));
      s.runIds.push(record.runId);
      s.times.push(record.startedAt);
      out.set(key, s);
    }
  }
  for (const m of report.run.measurements) {
    const key = seriesKey(m.route, m.metric);
    if (!wanted.has(key)) continue;
    const s = out.get(key) ?? { route: m.route, metric: m.metric, unit: m.unit, values: [], labels: [], runIds: [], times: [] };
    if (s.runIds[s.runIds.length - 1] === report.run.id) continue;
    const v = p75(m.samples);
    if (!Number.isFinite(v)) continue;
    s.values.push(v);
    s.labels.push(labelOf(report.run));
    s.runIds.push(report.run.id);
    s.times.push(report.run.startedAt);
    out.set(key, s);
  }
  return out;
}
