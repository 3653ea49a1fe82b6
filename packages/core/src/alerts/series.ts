import { matchRoute } from '../budgets/index.js';
import type { HistoryRecord, PointSummary } from '../history/record.js';

/** One value of a route × metric series (metric's unit). */
export interface SeriesValue {
  /** ms since epoch of the run. */
  time: number;
  runId: string;
  value: number;
}

/** Options of {@link seriesByRoute}. */
export interface SeriesFilter {
  metric: string;
  /** Route glob(s); default all. */
  route?: string | string[];
  /** Which summary of each run's samples. Default `median`. */
  stat?: keyof Omit<PointSummary, 'n'>;
  source?: string;
  branch?: string;
}

/** Per route, the metric's values over the runs (oldest first), one per run that measured it. */
export function seriesByRoute(records: ReadonlyArray<HistoryRecord>, filter: SeriesFilter): Map<string, SeriesValue[]> {
  const globs = filter.route === undefined ? ['**'] : Array.isArray(filter.route) ? filter.route : [filter.route];
  const stat = filter.stat ?? 'median';
  const out = new Map<string, SeriesValue[]>();
  const sorted = [...records].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  for (const record of sorted) {
    if (filter.source && record.source !== filter.source) continue;
    if (filter.branch && record.git?.branch !== filter.branch) continue;
    for (const point of record.points) {
      if (point.metric !== filter.metric || point.summary.n === 0) continue;
      if (!globs.some((g) => g === '**' || matchRoute(g, point.route))) continue;
      const list = out.get(point.route) ?? [];
      list.push({ time: Date.parse(record.startedAt), runId: record.runId, value: point.summary[stat] });
      out.set(point.route, list);
    }
  }
  return out;
}
