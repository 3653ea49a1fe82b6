import type { HistoryRecord } from '../../history/record.js';
import { getMetric } from '../../metrics.js';
import type { Measurement, RunReport } from '../../model.js';
import { seriesKey } from './trend-series.js';

/**
 * One route × metric of one field-monitoring window (a history record with `source: 'field'`), as the
 * HTML report shows it next to the lab value.
 */
export interface FieldValue {
  /** Route pattern as the field client sent it (`/campaigns/[id]`). */
  route: string;
  metric: string;
  unit: Measurement['unit'];
  /** 75th percentile of the window's stored values (metric's unit): the Core Web Vitals field statistic. */
  p75: number;
  /** Values stored for the window (count; the field ingest keeps a bounded reservoir, so ≤ values received). */
  count: number;
  /**
   * Shares of the stored values rated good / needs improvement / poor by the catalogue's web.dev
   * thresholds (unitless, 0..1); absent for metrics without thresholds.
   */
  good?: number;
  needsImprovement?: number;
  poor?: number;
  /** ISO 8601 start of the window. */
  startedAt: string;
  runId: string;
  /** `environment.app` of the field run, when set. */
  app?: string;
}

/** Field windows read for one report (count): a day of the field ingest's default 5-minute windows. */
export const DEFAULT_FIELD_WINDOWS = 288;

/** Shares by rating, as the field ingest rates values (web.dev: good ≤ good, poor > poor). */
function ratingShares(metric: string, samples: number[]): Pick<FieldValue, 'good' | 'needsImprovement' | 'poor'> {
  const def = getMetric(metric);
  const values = samples.filter(Number.isFinite);
  if (def.good === undefined || def.poor === undefined || values.length === 0) return {};
  const good = values.filter((v) => v <= def.good!).length;
  const poor = values.filter((v) => v > def.poor!).length;
  return { good: good / values.length, needsImprovement: (values.length - good - poor) / values.length, poor: poor / values.length };
}

/**
 * Field values of the newest `maxWindows` field records (oldest first, as the history store returns
 * them); records of other sources are ignored.
 */
export function fieldValuesFromHistory(records: ReadonlyArray<HistoryRecord>, maxWindows = DEFAULT_FIELD_WINDOWS): FieldValue[] {
  const field = records.filter((r) => r.source === 'field').slice(-maxWindows);
  return field.flatMap((r) => r.points
    .filter((p) => p.summary.n > 0 && Number.isFinite(p.summary.p75))
    .map((p): FieldValue => ({
      route: p.route,
      metric: p.metric,
      unit: p.unit,
      p75: p.summary.p75,
      count: p.summary.n,
      ...ratingShares(p.metric, p.samples),
      startedAt: r.startedAt,
      runId: r.runId,
      ...(typeof r.environment.app === 'string' && r.environment.app !== '' ? { app: r.environment.app } : {}),
    })));
}

/** The report's route without the `<app>:` prefix bundle runs add, so it compares with field routes. */
function bareRoute(route: string, app: string | undefined): string {
  return app && route.startsWith(`${app}:`) ? route.slice(app.length + 1) : route;
}

const DYNAMIC = /^\[(\.\.\.)?[^\]]+\]$|^\[\[\.\.\.[^\]]+\]\]$/;

/**
 * True when a field route pattern covers a report route: equal, or equal segment by segment where
 * the pattern's `[param]` takes any one segment and `[...param]` / `[[...param]]` the rest
 * (lab runs may name a route by its URL path, `/campaigns/42`).
 */
export function fieldRouteMatches(pattern: string, route: string): boolean {
  if (pattern === route) return true;
  const ps = pattern.split('/');
  const rs = route.split('/');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as string;
    if (p.startsWith('[...') || p.startsWith('[[...')) return DYNAMIC.test(p) && (p.startsWith('[[') || rs.length > i);
    if (i >= rs.length) return false;
    if (DYNAMIC.test(p) ? rs[i] === '' : p !== rs[i]) return false;
  }
  return ps.length === rs.length;
}

/** Field values per report route: the route's name in the report → the field route pattern it matched. */
export interface FieldMatch {
  /** Latest field value per {@link seriesKey}(report route, metric). */
  latest: Map<string, FieldValue>;
  /** Every field value per {@link seriesKey}(report route, metric), oldest first (for the trend charts). */
  series: Map<string, FieldValue[]>;
  /** Report routes with field data, in report order, each with its latest value per metric. */
  routes: Map<string, FieldValue[]>;
}

/**
 * Matches field values to the report's routes (an exact route first, else the most specific
 * pattern; field runs of another `app` are skipped). A field report itself gets no matches.
 */
export function matchFieldValues(report: RunReport, values: ReadonlyArray<FieldValue>): FieldMatch {
  const match: FieldMatch = { latest: new Map(), series: new Map(), routes: new Map() };
  if (report.run.source === 'field' || values.length === 0) return match;
  const app = typeof report.run.environment.app === 'string' && report.run.environment.app !== '' ? report.run.environment.app : undefined;
  const usable = values.filter((v) => !app || !v.app || v.app === app);
  const patterns = [...new Set(usable.map((v) => v.route))];
  const reportRoutes = [...new Set(report.verdicts.map((v) => v.route))];
  for (const route of reportRoutes) {
    const bare = bareRoute(route, app);
    const candidates = patterns.filter((p) => fieldRouteMatches(p, bare));
    if (candidates.length === 0) continue;
    const dynamicCount = (p: string) => p.split('/').filter((s) => DYNAMIC.test(s)).length;
    const pattern = candidates.includes(bare) ? bare : candidates.sort((a, b) => dynamicCount(a) - dynamicCount(b) || b.length - a.length)[0] as string;
    const perMetric = new Map<string, FieldValue>();
    for (const v of usable) {
      if (v.route !== pattern) continue;
      const key = seriesKey(route, v.metric);
      match.series.set(key, [...(match.series.get(key) ?? []), v]);
      const prev = match.latest.get(key);
      if (!prev || Date.parse(v.startedAt) >= Date.parse(prev.startedAt)) match.latest.set(key, v);
      perMetric.set(v.metric, match.latest.get(key) as FieldValue);
    }
    match.routes.set(route, [...perMetric.values()]);
  }
  return match;
}
