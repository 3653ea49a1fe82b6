import { describe, expect, it } from 'vitest';
import type { Run } from '@perfgate/core';
import { FieldAlertEvaluator } from './window-alerts.js';

const run = (i: number, p75: number, count = 50, route = '/a'): Run => ({
  id: `r${i}`,
  startedAt: new Date(i * 60_000).toISOString(),
  source: 'field',
  environment: {},
  measurements: [{ route, metric: 'LCP', unit: 'ms', samples: [p75], attribution: { field: { p75, count } } }],
});

describe('FieldAlertEvaluator', () => {
  it('fires once after three slow windows in a row and resolves once when it clears', () => {
    const ev = new FieldAlertEvaluator([{ name: 'lcp-slow', metric: 'LCP', p75Above: 2500 }]);
    const out = [3000, 2600, 2400, 3000, 3100, 2900, 3500, 2000, 1900].map((p, i) => ev.evaluate(run(i, p)));
    expect(out.map((a) => a.map((x) => x.status))).toEqual([[], [], [], [], [], ['firing'], [], ['resolved'], []]);
    expect(out[5]![0]).toMatchObject({ rule: 'lcp-slow', route: '/a', metric: 'LCP', values: [3000, 3100, 2900], threshold: 2500, severity: 'warning' });
  });
  it('ignores windows with too few values and other routes', () => {
    const ev = new FieldAlertEvaluator([{ name: 'x', metric: 'LCP', route: '/a', p75Above: 2500, windows: 2, minCount: 10 }]);
    expect(ev.evaluate(run(0, 9000, 5))).toEqual([]);
    expect(ev.evaluate(run(1, 9000, 50, '/b'))).toEqual([]);
    expect(ev.evaluate(run(2, 9000))).toEqual([]);
    expect(ev.evaluate(run(3, 9000))).toHaveLength(1);
  });
});
