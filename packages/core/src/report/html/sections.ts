import type { Measurement, RunReport, Verdict } from '../../model.js';
import { formatChange, formatValue } from '../format-values.js';
import { inconclusiveChange } from '../row-cells.js';
import { STATUS_LABEL, verdictStatus } from '../verdict-status.js';
import { escapeHtml } from './escape-html.js';
import { fieldCell } from './field-section.js';
import { latestValue } from './latest-value.js';
import type { FieldValue } from './field-values.js';

const e = escapeHtml;

/** The header: run identity, environment and the overall outcome. */
export function headerSection(report: RunReport, title: string): string {
  const { run } = report;
  const outcome = report.hasRegressions || report.hasBudgetErrors ? 'fail' : 'pass';
  const env = Object.entries(run.environment).filter(([, v]) => typeof v === 'string' && v !== '').map(([k, v]) => `${k}: ${v as string}`);
  const facts = [
    `run ${run.id}`,
    `source ${run.source}`,
    `started ${run.startedAt}`,
    ...(run.git?.branch ? [`branch ${run.git.branch}`] : []),
    ...(run.git?.sha ? [`commit ${run.git.sha.slice(0, 12)}`] : []),
    ...env,
  ];
  const regressions = report.regressions.length;
  const budgetErrors = report.verdicts.filter((v) => v.budget?.status === 'error').length;
  return `<header>
<h1>${e(title)}</h1>
<p class="badge ${outcome}">${outcome === 'fail' ? 'FAIL' : 'PASS'} · severity ${e(report.severity)} · ${regressions} regression(s) · ${budgetErrors} budget error(s) · ${report.verdicts.length} route × metric</p>
<ul class="facts">${facts.map((f) => `<li>${e(f)}</li>`).join('')}</ul>
</header>`;
}

/** Recommendations of the report, when there are any. */
export function recommendationsSection(report: RunReport): string {
  if (report.recommendations.length === 0) return '';
  return `<section><h2>Recommendations</h2><ul>${report.recommendations.map((r) => `<li>${e(r)}</li>`).join('')}</ul></section>`;
}

/**
 * The verdict table, in the order given (regressions first), each row linking to its chart. With field
 * values (keyed by `seriesKey(route, metric)`), a "field p75" column follows the run's value.
 */
export function verdictTable(report: RunReport, ordered: Verdict[], chartIds: Map<Verdict, string>, tolerance: number, field?: ReadonlyMap<string, FieldValue>): string {
  const withField = field !== undefined && field.size > 0;
  const measurement = new Map(report.run.measurements.map((m) => [`${m.route}\u0000${m.metric}`, m]));
  const rows = ordered.map((v) => {
    const status = verdictStatus(v);
    const m = measurement.get(`${v.route}\u0000${v.metric}`);
    const value = latestValue(v, m);
    const budget = v.budget?.limit !== undefined ? `${formatValue(v.budget.limit, v.unit)} (${v.budget.status})` : '–';
    const c = v.comparison;
    const band = c ? `${formatValue(c.baselineValue * (1 - tolerance), v.unit)} – ${formatValue(c.baselineValue * (1 + tolerance), v.unit)}` : '–';
    const change = !c ? '–' : c.verdict === 'inconclusive' ? inconclusiveChange(c.reason) : `${formatChange(c.relativeChange, c.absoluteChange, v.unit)}, p=${c.pValue < 0.001 ? '<0.001' : c.pValue.toFixed(3)}`;
    const id = chartIds.get(v);
    const route = id ? `<a href="#${id}">${e(v.route)}</a>` : e(v.route);
    return `<tr class="st-${status}"><td><span class="status st-${status}">${e(STATUS_LABEL[status])}</span></td><td class="route">${route}</td><td>${e(v.metric)}</td><td class="num">${e(formatValue(value, v.unit))}</td>${withField ? fieldCell(field.get(`${v.route}\u0000${v.metric}`), v.unit) : ''}<td class="num">${e(budget)}</td><td class="num">${e(band)}</td><td class="num">${e(change)}</td></tr>`;
  });
  return `<section><h2>Routes and metrics</h2>
<table class="verdicts"><thead><tr><th>status</th><th>route</th><th>metric</th><th>latest</th>${withField ? '<th>field p75</th>' : ''}<th>budget</th><th>baseline band (±${Math.round(tolerance * 100)}%)</th><th>change vs baseline</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

interface ChunkRow {
  file: string;
  bytes: number;
  packages: string[];
}

/** Chunks of a route from its bundle attribution (`detail` with sizes, else `chunks` names). */
function chunksOf(measurements: Measurement[]): { total?: number; metric: string; rows: ChunkRow[] } | undefined {
  const preferred = ['bundle.total.raw', 'bundle.js.gzip', 'bundle.js.raw', 'bundle.total.gzip'];
  for (const metric of preferred) {
    const m = measurements.find((x) => x.metric === metric);
    const detail = m?.attribution?.detail;
    if (Array.isArray(detail)) {
      const rows = detail.flatMap((d): ChunkRow[] => {
        if (!d || typeof d !== 'object') return [];
        const o = d as Record<string, unknown>;
        const file = typeof o.file === 'string' ? o.file : typeof o.name === 'string' ? o.name : undefined;
        const bytes = typeof o.gzip === 'number' ? o.gzip : typeof o.raw === 'number' ? o.raw : typeof o.bytes === 'number' ? o.bytes : undefined;
        if (!file || bytes === undefined) return [];
        return [{ file, bytes, packages: Array.isArray(o.packages) ? o.packages.filter((p): p is string => typeof p === 'string') : [] }];
      });
      const gz = rows.length > 0 && detail.every((d) => typeof (d as Record<string, unknown>)?.gzip === 'number');
      if (rows.length) return { metric: gz ? 'gzip' : 'raw', rows: rows.sort((a, b) => b.bytes - a.bytes), total: rows.reduce((a, r) => a + r.bytes, 0) };
    }
  }
  const named = measurements.find((x) => Array.isArray(x.attribution?.chunks));
  if (named) {
    const files = (named.attribution?.chunks as unknown[]).filter((f): f is string => typeof f === 'string');
    if (files.length) return { metric: 'files', rows: files.map((file) => ({ file, bytes: NaN, packages: [] })) };
  }
  return undefined;
}

/** Bundle composition per route: each chunk's share of the route's first load, largest first. */
export function bundleSection(report: RunReport): string {
  const byRoute = new Map<string, Measurement[]>();
  for (const m of report.run.measurements) if (m.metric.startsWith('bundle.')) byRoute.set(m.route, [...(byRoute.get(m.route) ?? []), m]);
  const blocks: string[] = [];
  for (const [route, ms] of byRoute) {
    const c = chunksOf(ms);
    if (!c) continue;
    const max = Math.max(...c.rows.map((r) => (Number.isFinite(r.bytes) ? r.bytes : 0)), 1);
    const rows = c.rows.slice(0, 25).map((r) => {
      const width = Number.isFinite(r.bytes) ? Math.max(1, Math.round((r.bytes / max) * 100)) : 0;
      const size = Number.isFinite(r.bytes) ? formatValue(r.bytes, 'bytes') : '';
      return `<tr><td class="file">${e(r.file)}</td><td class="bar"><span style="width:${width}%"></span></td><td class="num">${e(size)}</td><td class="pkgs">${e(r.packages.slice(0, 6).join(', '))}</td></tr>`;
    });
    const more = c.rows.length > 25 ? `<p class="muted">… ${c.rows.length - 25} more chunks</p>` : '';
    const total = c.total !== undefined ? ` · ${e(formatValue(c.total, 'bytes'))} ${e(c.metric)}` : '';
    blocks.push(`<div class="bundle"><h3>${e(route)}${total}</h3><table class="chunks"><tbody>${rows.join('')}</tbody></table>${more}</div>`);
  }
  if (blocks.length === 0) return '';
  return `<section><h2>Bundle composition per route</h2>${blocks.join('\n')}</section>`;
}
