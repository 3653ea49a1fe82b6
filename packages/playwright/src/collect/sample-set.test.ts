import { describe, expect, it } from 'vitest';
import type { PerfResult } from './result.js';
import { mergeRuns } from './sample-set.js';

const run = (inp: number | null): PerfResult => ({
  route: '/p',
  url: 'http://127.0.0.1/p',
  throttling: 'none',
  browser: 'chromium',
  metrics: {
    INP: inp === null ? { metric: 'INP', unit: 'ms', status: 'missing', value: null, reason: 'no interaction' } : { metric: 'INP', unit: 'ms', status: 'measured', value: inp },
  },
});

describe('mergeRuns', () => {
  it('keeps every sample, the median as value, and which runs missed the metric', () => {
    const s = mergeRuns([run(100), run(null), run(300), run(200)]);
    expect(s.metrics.INP).toMatchObject({ status: 'measured', value: 200, samples: [100, 300, 200], missingRuns: [{ run: 1, reason: 'no interaction' }] });
    expect(s.metrics.INP!.reason).toBe('missing in 1 of 4 runs: no interaction');
  });
  it('is missing with the reason when no run measured it', () => {
    expect(mergeRuns([run(null), run(null)]).metrics.INP).toMatchObject({ status: 'missing', value: null, reason: 'no interaction' });
  });
});
