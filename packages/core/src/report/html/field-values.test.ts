import { describe, expect, it } from 'vitest';
import { toHistoryRecord } from '../../history/record.js';
import type { Run, RunReport } from '../../model.js';
import { fieldRouteMatches, fieldValuesFromHistory, matchFieldValues } from './field-values.js';
import { seriesKey } from './trend-series.js';

const fieldRun = (i: number, route: string, lcp: number[], app?: string): Run => ({
  id: `field-${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 300_000).toISOString(), source: 'field',
  environment: app ? { app } : {}, measurements: [{ route, metric: 'LCP', unit: 'ms', samples: lcp }],
});
const reportOf = (run: Run): RunReport => ({
  timestamp: run.startedAt, run, verdicts: run.measurements.map((m) => ({ route: m.route, metric: m.metric, unit: m.unit })),
  hasRegressions: false, hasBudgetErrors: false, severity: 'info', regressions: [], recommendations: [],
});

describe('fieldValuesFromHistory', () => {
  it('reads p75, stored values and rating shares of field records only, newest windows only', () => {
    const lab = toHistoryRecord({ ...fieldRun(0, '/', [1]), source: 'lab' });
    const records = [lab, ...[1, 2, 3].map((i) => toHistoryRecord(fieldRun(i, '/', [1000, 2000, 3000, 5000])))];
    const values = fieldValuesFromHistory(records, 2);
    expect(values.map((v) => v.runId)).toEqual(['field-2', 'field-3']);
    expect(values[1]).toMatchObject({ route: '/', metric: 'LCP', unit: 'ms', p75: 3500, count: 4, good: 0.5, needsImprovement: 0.25, poor: 0.25 });
  });

  it('leaves shares out for metrics without thresholds and skips empty points', () => {
    const run = fieldRun(1, '/', []);
    run.measurements.push({ route: '/', metric: 'heap', unit: 'bytes', samples: [10, 20] });
    const values = fieldValuesFromHistory([toHistoryRecord(run)]);
    expect(values).toHaveLength(1);
    expect(values[0]?.good).toBeUndefined();
  });
});

describe('fieldRouteMatches', () => {
  it('matches equal routes and dynamic segments', () => {
    expect(fieldRouteMatches('/campaigns/[id]', '/campaigns/[id]')).toBe(true);
    expect(fieldRouteMatches('/campaigns/[id]', '/campaigns/42')).toBe(true);
    expect(fieldRouteMatches('/campaigns/[id]', '/campaigns/42/edit')).toBe(false);
    expect(fieldRouteMatches('/campaigns/[id]', '/campaigns/')).toBe(false);
    expect(fieldRouteMatches('/docs/[...slug]', '/docs/a/b')).toBe(true);
    expect(fieldRouteMatches('/docs/[...slug]', '/docs')).toBe(false);
    expect(fieldRouteMatches('/docs/[[...slug]]', '/docs')).toBe(true);
    expect(fieldRouteMatches('/', '/about')).toBe(false);
  });
});

describe('matchFieldValues', () => {
  it('takes the latest window per route and metric, prefers an exact route, strips the bundle app prefix, skips other apps', () => {
    const values = fieldValuesFromHistory([
      toHistoryRecord(fieldRun(1, '/campaigns/[id]', [1000], 'shop')),
      toHistoryRecord(fieldRun(2, '/campaigns/[id]', [3000], 'shop')),
      toHistoryRecord(fieldRun(3, '/campaigns/[id]', [9000], 'blog')),
      toHistoryRecord(fieldRun(4, '/campaigns/new', [500], 'shop')),
    ]);
    const bundle: Run = { ...fieldRun(9, 'shop:/campaigns/[id]', [1]), source: 'bundle', environment: { app: 'shop' } };
    bundle.measurements = [{ route: 'shop:/campaigns/[id]', metric: 'bundle.js.gzip', unit: 'bytes', samples: [1] }, { route: 'shop:/campaigns/new', metric: 'bundle.js.gzip', unit: 'bytes', samples: [1] }];
    const match = matchFieldValues(reportOf(bundle), values);
    expect(match.latest.get(seriesKey('shop:/campaigns/[id]', 'LCP'))?.p75).toBe(3000);
    expect(match.series.get(seriesKey('shop:/campaigns/[id]', 'LCP'))?.map((v) => v.p75)).toEqual([1000, 3000]);
    expect(match.latest.get(seriesKey('shop:/campaigns/new', 'LCP'))?.p75).toBe(500);
    expect([...match.routes.keys()]).toEqual(['shop:/campaigns/[id]', 'shop:/campaigns/new']);

    const lab = { ...fieldRun(9, '/campaigns/42', [1]), source: 'lab' as const };
    expect(matchFieldValues(reportOf(lab), values).latest.get(seriesKey('/campaigns/42', 'LCP'))?.p75).toBe(9000);
    expect(matchFieldValues(reportOf(fieldRun(9, '/campaigns/[id]', [1])), values).routes.size).toBe(0);
  });
});
