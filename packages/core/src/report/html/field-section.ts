import { getMetric } from '../../metrics.js';
import type { Measurement, RunReport } from '../../model.js';
import { formatValue } from '../format-values.js';
import { escapeHtml } from './escape-html.js';
import type { FieldMatch, FieldValue } from './field-values.js';
import { latestValue } from './latest-value.js';
import { seriesKey } from './trend-series.js';

const e = escapeHtml;

/** Core Web Vitals first, in web.dev's order; other metrics after, by name. */
const METRIC_ORDER = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'];
const rank = (metric: string): number => (METRIC_ORDER.includes(metric) ? METRIC_ORDER.indexOf(metric) : METRIC_ORDER.length);

const share = (r: number): string => `${Math.round(r * 100)}%`;

/** `good` / `ni` / `poor` for a p75 by the catalogue's web.dev thresholds, when the metric has them. */
function ratingOf(metric: string, value: number): 'good' | 'ni' | 'poor' | undefined {
  const def = getMetric(metric);
  if (def.good === undefined || def.poor === undefined) return undefined;
  return value <= def.good ? 'good' : value <= def.poor ? 'ni' : 'poor';
}

function sharesText(v: FieldValue): string {
  return v.good === undefined ? '' : `${share(v.good)} good · ${share(v.needsImprovement ?? 0)} NI · ${share(v.poor ?? 0)} poor`;
}

function windowText(v: FieldValue): string {
  return `field window from ${v.startedAt}${v.app ? ` (app ${v.app})` : ''}, route ${v.route}`;
}

/** The "field p75" cell of the verdict table: p75, stored values and rating shares, or "—". */
export function fieldCell(v: FieldValue | undefined, unit: Measurement['unit']): string {
  if (!v) return '<td class="num field">—</td>';
  const rating = ratingOf(v.metric, v.p75);
  const sub = [`n=${v.count}`, ...(v.good === undefined ? [] : [sharesText(v)])].join(' · ');
  return `<td class="num field" title="${e(windowText(v))}"><span class="${rating ? `rate-${rating}` : ''}">${e(formatValue(v.p75, unit))}</span><span class="sub">${e(sub)}</span></td>`;
}

function sharesBar(v: FieldValue): string {
  if (v.good === undefined) return '';
  const seg = (cls: string, r: number | undefined) => (r ? `<span class="${cls}" style="width:${(r * 100).toFixed(1)}%"></span>` : '');
  return `<span class="shares">${seg('good', v.good)}${seg('ni', v.needsImprovement)}${seg('poor', v.poor)}</span>`;
}

/**
 * Real users per report route: the latest field window's p75, stored values and rating shares per
 * metric, next to this run's value of the same metric (a bundle report shows the route's field vitals).
 */
export function fieldSection(report: RunReport, match: FieldMatch): string {
  if (match.routes.size === 0) return '';
  const verdicts = new Map(report.verdicts.map((v) => [seriesKey(v.route, v.metric), v]));
  const measurements = new Map(report.run.measurements.map((m) => [seriesKey(m.route, m.metric), m]));
  const rows: string[] = [];
  for (const [route, values] of match.routes) {
    const sorted = [...values].sort((a, b) => rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric));
    for (const v of sorted) {
      const key = seriesKey(route, v.metric);
      const verdict = verdicts.get(key);
      const lab = verdict ? formatValue(latestValue(verdict, measurements.get(key)), v.unit) : '—';
      const rating = ratingOf(v.metric, v.p75);
      rows.push(`<tr><td class="route">${e(route)}</td><td>${e(v.metric)}</td><td class="num"><span class="${rating ? `rate-${rating}` : ''}">${e(formatValue(v.p75, v.unit))}</span></td><td class="num">${e(lab)}</td><td class="num">${v.count}</td><td>${sharesBar(v)}<span class="sub">${e(sharesText(v))}</span></td><td class="muted" title="${e(windowText(v))}">${e(v.startedAt.slice(0, 16).replace('T', ' '))}</td></tr>`);
    }
  }
  return `<section><h2>Real users (field p75 of the latest window per route)</h2>
<table class="field-table"><thead><tr><th>route</th><th>metric</th><th>field p75</th><th>this run</th><th>stored values</th><th>good / needs improvement / poor</th><th>window (UTC)</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}
