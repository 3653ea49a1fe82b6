/**
 * The demo's per-route table of lab metrics, read from the lab RunReport (`.perfgate/reports/lab.json`).
 */

/** Columns of the table, in order. */
export const LAB_METRICS = ['TTFB', 'FCP', 'LCP', 'CLS', 'INP', 'TBT'];

/** `1234.5 ms` → `1,235 ms`; CLS keeps 3 decimals. */
export function formatMetric(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (unit === 'unitless') return value.toFixed(3);
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} kB`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

function p75(samples) {
  if (!samples?.length) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = 0.75 * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** One row per route: p75 of each metric and whether its verdict fails the gate. */
export function labRows(report) {
  const routes = [...new Set(report.run.measurements.map((m) => m.route))];
  return routes.map((route) => ({
    route,
    cells: LAB_METRICS.map((metric) => {
      const m = report.run.measurements.find((x) => x.route === route && x.metric === metric);
      const v = report.verdicts.find((x) => x.route === route && x.metric === metric);
      const failed = v?.budget?.status === 'error' || report.regressions.some((r) => r.route === route && r.metric === metric);
      return { metric, text: formatMetric(v?.budget?.actual ?? p75(m?.samples), m?.unit ?? v?.unit), failed };
    }),
  }));
}
