/** A realistic report + history for the HTML report tests (hostile route name included). */
import { parseConfig } from '../src/config/index.js';
import { toHistoryRecord } from '../src/history/index.js';
import type { HistoryRecord } from '../src/history/index.js';
import type { Measurement, Run, RunReport } from '../src/model.js';
import { buildReport } from '../src/report/index.js';

export const HOSTILE_ROUTE = '<img src=x onerror=alert(1)>';

/** Deterministic noise in [-1, 1]. */
function noise(i: number, salt: number): number {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}

function lab(i: number, lcpBase: number): Measurement[] {
  const s = (base: number, spread: number, salt: number): number[] => [0, 1, 2, 3, 4].map((k) => Math.round(base + spread * noise(i * 5 + k, salt)));
  return [
    { route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: s(lcpBase, 60, 1) },
    { route: '/campaigns/[id]', metric: 'INP', unit: 'ms', samples: s(120, 15, 2) },
    { route: '/', metric: 'LCP', unit: 'ms', samples: s(900, 40, 3) },
    { route: HOSTILE_ROUTE, metric: 'CLS', unit: 'unitless', samples: [0.02, 0.03, 0.02, 0.025, 0.03] },
  ];
}

function labRun(i: number, lcpBase: number): Run {
  return {
    id: `lab-${i}`,
    startedAt: new Date(Date.UTC(2026, 10, 1) + i * 6 * 3_600_000).toISOString(),
    source: 'lab',
    git: { sha: `${(0xabc000 + i).toString(16)}def0123456789`, branch: 'main' },
    environment: { browser: 'chromium 140', throttling: 'mobile', app: 'domainflow' },
    measurements: lab(i, lcpBase),
  };
}

/**
 * Field-monitoring windows (`source: 'field'`, as @perfgate/next's ingest appends them) every 12 hours
 * over the lab history: real users' LCP a little above the lab's, stepping up with it at run 20.
 */
export function fieldHistory(): HistoryRecord[] {
  return Array.from({ length: 15 }, (_, w) => {
    const at = Date.UTC(2026, 10, 1) + w * 12 * 3_600_000 + 1_800_000;
    const lcpBase = at < Date.UTC(2026, 10, 1) + 20 * 6 * 3_600_000 ? 2300 : 2800;
    const s = (base: number, spread: number, salt: number, n: number): number[] => Array.from({ length: n }, (_, k) => Math.round(base + spread * noise(w * 40 + k, salt)));
    const run: Run = {
      id: `field-${w}`,
      startedAt: new Date(at).toISOString(),
      source: 'field',
      environment: { app: 'domainflow' },
      measurements: [
        { route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: s(lcpBase, 900, 7, 40) },
        { route: '/campaigns/[id]', metric: 'INP', unit: 'ms', samples: s(180, 120, 8, 30) },
        { route: '/campaigns/[id]', metric: 'CLS', unit: 'unitless', samples: Array.from({ length: 40 }, (_, k) => Math.max(0, 0.06 + 0.06 * noise(w * 40 + k, 9))) },
        { route: '/', metric: 'LCP', unit: 'ms', samples: s(1300, 500, 10, 25) },
      ],
    };
    return toHistoryRecord(run);
  });
}

/** 30 runs of history with a +25% LCP step at run 20, and the latest (31st) run, regressed. */
export function fixture(): { report: RunReport; history: HistoryRecord[] } {
  const history = Array.from({ length: 30 }, (_, i) => toHistoryRecord(labRun(i, i < 20 ? 2000 : 2500)));
  const run = labRun(30, 2600);
  run.measurements.push({
    route: '/campaigns/[id]', metric: 'bundle.total.raw', unit: 'bytes', samples: [412_000],
    attribution: {
      chunks: ['static/chunks/framework.js', 'static/chunks/app/campaigns/[id]/page.js', 'static/chunks/chart-vendor.js'],
      detail: [
        { file: 'static/chunks/framework.js', raw: 140_000, gzip: 45_000, packages: ['react-dom', 'react'] },
        { file: 'static/chunks/chart-vendor.js', raw: 210_000, gzip: 70_000, packages: ['chart.js', 'date-fns'] },
        { file: `static/chunks/${HOSTILE_ROUTE}.js`, raw: 62_000, gzip: 20_000, packages: [] },
      ],
    },
  });
  const config = parseConfig({ budgets: { routes: [{ match: '/campaigns/**', metrics: { LCP: { warn: 2400, error: 3000 } } }] } }, 'fixture');
  const report = buildReport(run, {
    config,
    baseline: (m) => {
      if (m.route === HOSTILE_ROUTE) return [[0.02, 0.03, 0.02, 0.025, 0.03], [0.02, 0.03, 0.02, 0.025, 0.03]];
      if (m.metric === 'bundle.total.raw') return undefined;
      const recent = history.slice(-5).map((r) => r.points.find((p) => p.route === m.route && p.metric === m.metric)?.samples ?? []);
      return m.route === '/campaigns/[id]' && m.metric === 'LCP' ? history.slice(0, 5).map((r) => r.points[0]!.samples) : recent;
    },
  });
  report.timestamp = '2026-11-08T12:05:00.000Z'; // fixed, so the committed screenshot does not change between runs
  return { report, history };
}
