import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { gateFailures } from './gate-failures.js';
import { parseConfig } from '../config/parse-config.js';
import type { Measurement, Run } from '../model.js';

const config = parseConfig(
  {
    budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { warn: '120 kB', error: '150 kB' }, LCP: { error: 4000 } } }] },
    regression: { bundle: { maxIncreasePercent: 5, maxIncreaseBytes: '2 kB' } },
  },
  'test',
);

const lcp = (base: number, n = 12) => Array.from({ length: n }, (_, i) => base + ((i * 37) % 11) * 10);

function sampleRun(): Run {
  return {
    id: 'run-2',
    startedAt: '2026-01-02T00:00:00.000Z',
    source: 'lab',
    git: { sha: 'abcdef1234567890', branch: 'feature' },
    environment: { throttling: 'desktop' },
    measurements: [
      { route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [100_000] },
      { route: '/dashboard', metric: 'bundle.js.gzip', unit: 'bytes', samples: [160_000], attribution: { chunks: [{ file: 'app/dashboard/page-1a2b.js', delta: 30_000 }] } },
      { route: '/settings', metric: 'bundle.js.gzip', unit: 'bytes', samples: [101_500] },
      { route: '/', metric: 'LCP', unit: 'ms', samples: lcp(2000), attribution: { element: 'img.hero' } },
      { route: '/new', metric: 'LCP', unit: 'ms', samples: lcp(1000) },
    ],
  };
}

const baselines: Record<string, number[][]> = {
  '/ bundle.js.gzip': [[100_000]],
  '/dashboard bundle.js.gzip': [[130_000]],
  '/settings bundle.js.gzip': [[100_000]],
  '/ LCP': [lcp(1500), lcp(1510), lcp(1490)],
};
const lookup = (m: Measurement) => baselines[`${m.route} ${m.metric}`];

describe('buildReport', () => {
  it('combines budgets and baseline comparisons into verdicts, regressions worst first', () => {
    const report = buildReport(sampleRun(), { config, baseline: lookup, now: new Date('2026-01-02T00:01:00Z') });
    expect(report.timestamp).toBe('2026-01-02T00:01:00.000Z');
    expect(report.verdicts).toHaveLength(5);
    expect(report.hasRegressions).toBe(true);
    expect(report.hasBudgetErrors).toBe(true);
    expect(report.severity).toBe('critical');
    expect(report.regressions.map((v) => `${v.route} ${v.metric}`)).toEqual(['/ LCP', '/dashboard bundle.js.gzip']);
    const dash = report.verdicts.find((v) => v.route === '/dashboard');
    expect(dash?.budget).toEqual({ status: 'error', limit: 150_000, actual: 160_000 });
    expect(dash?.comparison).toMatchObject({ verdict: 'regressed', method: 'exact', baselineValue: 130_000, currentValue: 160_000 });
    expect(dash?.attribution).toEqual({ chunks: [{ file: 'app/dashboard/page-1a2b.js', delta: 30_000 }] });
    // +1.5 kB / +1.5% is inside both bundle regression limits (5%, 2 kB).
    expect(report.verdicts.find((v) => v.route === '/settings')?.comparison?.verdict).toBe('unchanged');
    expect(report.verdicts.find((v) => v.route === '/new')?.comparison).toBeUndefined();
    expect(report.recommendations.join('\n')).toMatch(/Largest Contentful Paint on \/: prioritise/);
    expect(report.recommendations.join('\n')).toMatch(/Bundle size on \/dashboard: lazy-load/);
  });

  it('without a baseline only budgets decide; severity follows the worst budget status', () => {
    const run = sampleRun();
    run.measurements = run.measurements.filter((m) => m.route !== '/dashboard');
    const report = buildReport(run, { config });
    expect(report.hasRegressions).toBe(false);
    expect(report.hasBudgetErrors).toBe(false);
    expect(report.severity).toBe('info');
    expect(gateFailures(report, config)).toEqual([]);
    run.measurements[0] = { route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [125_000] };
    expect(buildReport(run, { config }).severity).toBe('warning');
  });

  it('gateFailures lists broken error budgets and regressions at or above failOn', () => {
    const report = buildReport(sampleRun(), { config, baseline: lookup });
    const failures = gateFailures(report, config);
    expect(failures[0]).toBe('/dashboard bundle.js.gzip: 160.0 kB is over its budget of 150.0 kB by 10.0 kB');
    expect(failures.some((f) => f.startsWith('/dashboard bundle.js.gzip: regressed +23.1% (+30.0 kB) vs baseline 130.0 kB → 160.0 kB, over the allowed change of +5.0% and +2.0 kB (warning, exact)'))).toBe(true);
    expect(failures.some((f) => f.startsWith('/ LCP: regressed +'))).toBe(true);
    const criticalOnly = gateFailures(report, { regression: { ...config.regression, failOn: 'critical' } });
    expect(criticalOnly.filter((f) => f.includes('regressed')).every((f) => f.includes('critical'))).toBe(true);
    expect(gateFailures(report, { regression: { ...config.regression, failOn: 'never' } })).toEqual([failures[0]]);
  });
});
