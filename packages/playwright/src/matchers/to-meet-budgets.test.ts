import { describe, expect, it } from 'vitest';
import type { PerfResult } from '../collect/result.js';
import { mergeRuns } from '../collect/sample-set.js';
import { checkBudgets } from './to-meet-budgets.js';

const result = (inp: number | null, lcp = 1200): PerfResult => ({
  route: '/dashboard',
  url: 'http://127.0.0.1/dashboard',
  throttling: 'none',
  browser: 'chromium 156',
  metrics: {
    LCP: { metric: 'LCP', unit: 'ms', status: 'measured', value: lcp, attribution: { target: 'img#hero' } },
    INP: inp === null
      ? { metric: 'INP', unit: 'ms', status: 'missing', value: null, reason: 'no interaction happened' }
      : { metric: 'INP', unit: 'ms', status: 'measured', value: inp, attribution: { interactionTarget: '#refresh' } },
  },
});

const config = { routes: [{ match: ['/dashboard'], metrics: { LCP: { warn: 1000, error: 2500 } } }], build: {} };

describe('checkBudgets', () => {
  it('passes within error limits and shows warnings', () => {
    const c = checkBudgets(result(80), {}, config);
    expect(c.pass).toBe(true);
    expect(c.text).toMatch(/LCP\s+1,200 ms\s+warn 1,000 ms, error 2,500 ms\s+warn\s+target=img#hero/);
  });
  it('fails over an inline limit with the attribution', () => {
    const c = checkBudgets(result(240), { INP: 200 }, config);
    expect(c.pass).toBe(false);
    expect(c.text).toMatch(/INP\s+240 ms\s+error 200 ms\s+FAIL\s+interactionTarget=#refresh/);
  });
  it('fails when a budgeted metric is missing, with the reason', () => {
    const c = checkBudgets(result(null), { INP: 200 }, config);
    expect(c.pass).toBe(false);
    expect(c.text).toMatch(/INP\s+missing\s+error 200 ms\s+FAIL\s+no interaction happened/);
  });
  it('checks the p75 of a sample set', () => {
    const set = mergeRuns([result(100), result(150), result(300), result(400)]);
    const c = checkBudgets(set, { INP: 320 });
    // p75 of [100, 150, 300, 400] = 325 (simple-statistics quantile) > 320
    expect(c.pass).toBe(false);
    expect(c.text).toContain('(p75 of 4)');
  });
  it('refuses to pass when no budget applies, and says how to add one', () => {
    const c = checkBudgets(result(100));
    expect(c.pass).toBe(false);
    expect(c.text).toContain('no budget applies to route "/dashboard"');
  });
});
