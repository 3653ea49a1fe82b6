import { describe, expect, it } from 'vitest';
import type { PerfResult } from '../collect/result.js';
import { gatherRuns } from './gather.js';

const result = (route: string, lcp: number | null, throttling = 'none'): PerfResult => ({
  route,
  url: `http://127.0.0.1${route}`,
  throttling,
  browser: 'chromium 156.0',
  metrics: {
    LCP: lcp === null
      ? { metric: 'LCP', unit: 'ms', status: 'missing', value: null, reason: 'no paint' }
      : { metric: 'LCP', unit: 'ms', status: 'measured', value: lcp, attribution: { target: `#img${lcp}` } },
    CLS: { metric: 'CLS', unit: 'unitless', status: 'measured', value: 0.01 },
  },
});

describe('gatherRuns', () => {
  it('orders samples by test, not by arrival, so shards merge to the same run', () => {
    const a = { order: 'a.spec.ts > one', results: [result('/x', 100), result('/x', 110)] };
    const b = { order: 'b.spec.ts > two', results: [result('/x', 300)] };
    const g1 = gatherRuns([a, b], { startedAt: 't' });
    const g2 = gatherRuns([b, a], { startedAt: 't' });
    expect(g1).toEqual(g2);
    const lcp = g1.runs[0]!.run.measurements.find((m) => m.metric === 'LCP')!;
    expect(lcp.samples).toEqual([100, 110, 300]);
    expect(lcp.attribution).toEqual({ target: '#img300' });
  });

  it('reports missing metrics with counts and reason instead of dropping them', () => {
    const g = gatherRuns([{ order: 'a', results: [result('/x', null), result('/x', 120)] }], { startedAt: 't' });
    expect(g.missing).toEqual([{ route: '/x', metric: 'LCP', missing: 1, of: 2, reason: 'no paint', env: 'throttling=none' }]);
  });

  it('keeps throttling presets in separate runs', () => {
    const g = gatherRuns([{ order: 'a', results: [result('/x', 100, 'none'), result('/x', 400, 'mobile')] }], { startedAt: 't' });
    expect(g.runs.map((r) => r.run.environment.throttling)).toEqual(['mobile', 'none']);
  });
});
