import type { Measurement, RunReport, Verdict } from '../model.js';
import { formatBytes } from './format-bytes.js';
import { BUILD_ROUTE } from '../budgets/build-totals.js';

/** Options of {@link renderRouteTable}. */
export interface RouteTableOptions {
  /** The metric whose budget and baseline delta are shown (config `bundle.gateMetric`). */
  gateMetric: string;
}

/**
 * The per-route table printed after a build: first-load JS raw / gzip / brotli (when measured), CSS, delta of the gate
 * metric vs baseline, its budget and the route's status (worst budget status or regression over all
 * of the route's metrics). Only renders what core's report decided.
 */
export function renderRouteTable(report: RunReport, options: RouteTableOptions): string {
  const byRoute = new Map<string, Measurement[]>();
  for (const m of report.run.measurements) {
    const list = byRoute.get(m.route) ?? [];
    list.push(m);
    byRoute.set(m.route, list);
  }
  const verdicts = new Map<string, Verdict[]>();
  for (const v of report.verdicts) {
    const list = verdicts.get(v.route) ?? [];
    list.push(v);
    verdicts.set(v.route, list);
  }
  const brotli = report.run.measurements.some((m) => m.metric === 'bundle.js.brotli');
  const header = ['Route', 'JS raw', 'JS gzip', ...(brotli ? ['JS brotli'] : []), 'CSS gzip', `Δ ${options.gateMetric}`, 'Budget', 'Status'];
  const rows: string[][] = [];
  const ordered = [...byRoute].sort(([a], [b]) => (a === BUILD_ROUTE ? 1 : b === BUILD_ROUTE ? -1 : a < b ? -1 : a > b ? 1 : 0)); // not localeCompare: its first call loads ICU (~6 ms)
  for (const [route, ms] of ordered) {
    const value = (metric: string): string => {
      const m = ms.find((x) => x.metric === metric);
      return m && m.samples[0] !== undefined ? formatBytes(m.samples[0]) : '–';
    };
    const vs = verdicts.get(route) ?? [];
    const gate = vs.find((v) => v.metric === options.gateMetric);
    const c = gate?.comparison;
    const delta =
      c && c.verdict !== 'inconclusive'
        ? `${c.absoluteChange >= 0 ? '+' : ''}${formatBytes(Math.round(c.absoluteChange))} (${(c.relativeChange * 100).toFixed(1)}%)`
        : c
          ? (c.reason ?? 'inconclusive')
          : 'no baseline';
    const limit = gate?.budget?.limit;
    rows.push([
      route,
      value('bundle.js.raw'),
      value('bundle.js.gzip'),
      ...(brotli ? [value('bundle.js.brotli')] : []),
      value('bundle.css.gzip'),
      delta,
      limit !== undefined ? formatBytes(limit) : '–',
      statusOf(vs),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function statusOf(vs: Verdict[]): string {
  if (vs.some((v) => v.budget?.status === 'error')) return '✖ over budget';
  if (vs.some((v) => v.comparison?.verdict === 'regressed')) return '✖ regressed';
  if (vs.some((v) => v.budget?.status === 'warn')) return '⚠ near budget';
  return '✓';
}
