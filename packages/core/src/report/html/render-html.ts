import { createHash } from 'node:crypto';
import type { HistoryRecord } from '../../history/record.js';
import type { RunReport, Verdict } from '../../model.js';
import { sortVerdicts } from '../verdict-status.js';
import { chartLibrary } from './chart-library.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { fieldSection } from './field-section.js';
import { DEFAULT_FIELD_WINDOWS, fieldValuesFromHistory, matchFieldValues } from './field-values.js';
import type { FieldValue } from './field-values.js';
import { bundleSection, headerSection, recommendationsSection, verdictTable } from './sections.js';
import { STYLES } from './styles.js';
import { seriesKey, trendSeries } from './trend-series.js';
import type { ChangePointMark } from './trend-series.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Past runs (oldest first) for the trend charts. */
  history?: ReadonlyArray<HistoryRecord>;
  /**
   * Change points to mark: a map keyed by {@link seriesKey}(route, metric), or a function that finds them
   * in a series (e.g. core's `detectChangePoints`). Indices are positions in the charted series.
   */
  changePoints?: ReadonlyMap<string, ReadonlyArray<ChangePointMark>> | ((values: number[], metric: string) => ReadonlyArray<ChangePointMark>);
  /** Half-width of the baseline band (unitless, 0.10 = ±10%); use the config's `regression.minRelativeChange`. Default 0.10. */
  tolerance?: number;
  /** Page title. Default `perfgate report`. */
  title?: string;
  /**
   * Field-monitoring windows (history records with `source: 'field'`, oldest first; others are ignored).
   * The report shows, per route and metric, the latest window's p75 next to the run's value and the
   * field p75 in the trend charts. Only the newest `maxFieldWindows` are read.
   */
  field?: ReadonlyArray<HistoryRecord>;
  /** Field windows read at most (count). Default {@link DEFAULT_FIELD_WINDOWS} (a day of 5-minute windows). */
  maxFieldWindows?: number;
  /**
   * Trend charts drawn at most (count), in the verdict table's order (regressions and budget failures
   * first). Each chart also runs the change-point search, so a 200-route app's 1200 series would cost
   * seconds per gate for charts nobody scrolls to. Default {@link DEFAULT_MAX_CHARTS}.
   */
  maxCharts?: number;
}

/** Trend charts drawn by default; the rest are counted in a note (every value stays in the table and JSON). */
export const DEFAULT_MAX_CHARTS = 48;

/** Per run of a trend (times ISO 8601, oldest first): the p75 of the latest field window started by then, or null. */
function fieldAt(times: string[], windows: ReadonlyArray<FieldValue> | undefined): Array<number | null> | null {
  if (!windows || windows.length === 0) return null;
  let j = -1;
  const out = times.map((t) => {
    const at = Date.parse(t);
    while (j + 1 < windows.length && Date.parse((windows[j + 1] as FieldValue).startedAt) <= at) j++;
    return j >= 0 ? (windows[j] as FieldValue).p75 : null;
  });
  return out.some((v) => v !== null) ? out : null;
}

const pct = (r: number | undefined): string => (r === undefined || !Number.isFinite(r) ? 'step' : `${r >= 0 ? '+' : ''}${(r * 100).toFixed(1)}%`);
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Renders a report as ONE self-contained HTML file (opens from disk, makes no request): the outcome,
 * recommendations, a table of every route × metric (regressions first) with the latest value, budget
 * and baseline band, trend charts over the history (uPlot, inlined) with change points marked, and
 * bundle composition per route. Every string from the run is HTML-escaped; a Content-Security-Policy
 * allows only the report's own inline scripts (by hash) and no network access.
 */
export function renderHtml(report: RunReport, options: RenderHtmlOptions = {}): string {
  const title = options.title ?? 'perfgate report';
  const tolerance = options.tolerance ?? 0.1;
  const ordered = sortVerdicts(report.verdicts);
  const series = trendSeries(report, options.history ?? []);
  const field = matchFieldValues(report, fieldValuesFromHistory(options.field ?? [], options.maxFieldWindows ?? DEFAULT_FIELD_WINDOWS));
  let fieldCharted = false;
  const chartIds = new Map<Verdict, string>();
  const charts: unknown[] = [];
  const cards: string[] = [];
  const maxCharts = options.maxCharts ?? DEFAULT_MAX_CHARTS;
  let notCharted = 0;
  ordered.forEach((v, i) => {
    const s = series.get(seriesKey(v.route, v.metric));
    if (!s || s.values.length < 2) return;
    if (cards.length >= maxCharts) {
      notCharted++;
      return;
    }
    const id = `chart-${i}`;
    chartIds.set(v, id);
    const cps = typeof options.changePoints === 'function' ? options.changePoints(s.values, v.metric) : options.changePoints?.get(seriesKey(v.route, v.metric)) ?? [];
    const marks = cps.filter((cp) => cp.index > 0 && cp.index < s.values.length);
    const base = v.comparison?.baselineValue;
    const fieldValues = fieldAt(s.times, field.series.get(seriesKey(v.route, v.metric)));
    if (fieldValues) fieldCharted = true;
    charts.push({
      id,
      unit: s.unit,
      values: s.values,
      labels: s.labels,
      budget: v.budget?.limit ?? null,
      bandLo: base === undefined ? null : base * (1 - tolerance),
      bandHi: base === undefined ? null : base * (1 + tolerance),
      changePoints: marks.map((cp) => ({ index: cp.index, label: pct(cp.relativeChange) })),
      field: fieldValues,
    });
    const cpText = marks.length
      ? `<ul class="cps">${marks.map((cp) => `<li>change point before run ${escapeHtml(s.labels[cp.index] ?? String(cp.index))}: ${escapeHtml(pct(cp.relativeChange))}${cp.pValue === undefined ? '' : ` (p=${escapeHtml(cp.pValue.toFixed(3))})`}</li>`).join('')}</ul>`
      : '<p class="muted">no change point</p>';
    cards.push(`<div class="card" id="${id}"><h3><span class="route">${escapeHtml(v.route)}</span> · ${escapeHtml(v.metric)}</h3><div class="plot" id="${id}-plot"></div>${cpText}</div>`);
  });
  const lib = chartLibrary();
  const trends = cards.length
    ? `<section><h2>Trends (p75 per run; dashed red: budget; green band: baseline ±${Math.round(tolerance * 100)}%; orange: change points${fieldCharted ? '; purple: field p75 of the latest window before each run' : ''})</h2><div class="cards">${cards.join('\n')}</div>${notCharted > 0 ? `<p class="muted">${notCharted} more series with history are not charted (the first ${maxCharts}, regressions and budget failures first, are); every value is in the table above and in the JSON report.</p>` : ''}</section>`
    : '<section><h2>Trends</h2><p class="muted">No history yet: trends appear once two or more runs are recorded in .perfgate/history/.</p></section>';
  const csp = `default-src 'none'; script-src ${sha256(lib.js)} ${sha256(CLIENT_SCRIPT)}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="perfgate; charts: ${escapeHtml(lib.name)} ${escapeHtml(lib.version)} (MIT)">
<title>${escapeHtml(title)}</title>
<style>${lib.css}</style>
<style>${STYLES}</style>
</head>
<body>
${headerSection(report, title)}
${recommendationsSection(report)}
${verdictTable(report, ordered, chartIds, tolerance, field.latest)}
${fieldSection(report, field)}
${trends}
${bundleSection(report)}
<footer class="muted">Generated ${escapeHtml(report.timestamp)} by perfgate. This file is self-contained and makes no network requests.</footer>
<script type="application/json" id="perfgate-data">${jsonForScript({ charts })}</script>
<script>${lib.js}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
