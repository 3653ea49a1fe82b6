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

/** Attribution keys (web-vitals' attribution build) worth a line, per metric. Numbers are ms. */
const WHY_KEYS = {
  INP: ['interactionTarget', 'inputDelay', 'processingDuration', 'presentationDelay'],
  CLS: ['largestShiftTarget', 'largestShiftValue', 'largestShiftTime'],
  LCP: ['target', 'element', 'url', 'timeToFirstByte', 'resourceLoadDelay', 'elementRenderDelay'],
  FCP: ['timeToFirstByte', 'firstByteToFCP'],
  TTFB: ['waitingDuration', 'requestDuration', 'connectionDuration'],
  TBT: ['longestTask', 'tasks'],
};

/** One line saying why a lab verdict failed, from its attribution: `slow interaction …, processingDuration 1139 ms`. */
export function explainLab(verdict) {
  const a = verdict.attribution ?? {};
  const parts = [];
  for (const key of WHY_KEYS[verdict.metric] ?? []) {
    const value = a[key];
    if (value === undefined || value === null || typeof value === 'object') continue;
    parts.push(`${key} ${typeof value === 'number' ? (key.endsWith('Value') ? value.toFixed(3) : `${Math.round(value)} ms`) : value}`);
  }
  return parts.length ? `${verdict.route} ${verdict.metric}: ${parts.join(', ')}` : undefined;
}

/** Explanations of the lab report's failing verdicts (budget errors and regressions). */
export function labExplanations(report) {
  const failing = report.verdicts.filter((v) => v.budget?.status === 'error' || report.regressions.some((r) => r.route === v.route && r.metric === v.metric));
  return failing.map(explainLab).filter(Boolean);
}
