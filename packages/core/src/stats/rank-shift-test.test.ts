/** The rank shift test's behaviour at and below complete separation (property tests, fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitney } from './mann-whitney.js';
import { rankShiftTest } from './rank-shift-test.js';

const logs = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 12 });
const sorted = (x: number[]): number[] => [...x].sort((a, b) => a - b);
const TAU0 = Math.log1p(0.03);

describe('rankShiftTest', () => {
  it('without complete separation, p never falls below the rank test’s own p-value', () => {
    fc.assert(
      fc.property(fc.array(logs, { minLength: 1, maxLength: 4 }), logs, fc.constantFrom(0.001, 0.01, 0.05), (rawRuns, rawCur, alpha) => {
        const runs = rawRuns.map(sorted);
        const cur = sorted(rawCur);
        const pooled = sorted(runs.flat());
        const mw = mannWhitney(pooled, cur);
        fc.pre(mw.u > 0 && mw.u < pooled.length * cur.length);
        expect(rankShiftTest(runs, cur, alpha, TAU0).pValue).toBeGreaterThanOrEqual(mw.pValue);
      }),
      { numRuns: 300 },
    );
  });

  it('under complete separation, p < alpha exactly when the interval excludes 0', () => {
    const spread = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 });
    fc.assert(
      fc.property(
        fc.array(spread, { minLength: 1, maxLength: 5 }),
        spread,
        fc.double({ min: 1e-4, max: 5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.constantFrom(0.001, 0.01, 0.05),
        fc.boolean(),
        (rawRuns, rawCur, gap, scale, alpha, below) => {
          const runs = rawRuns.map((r) => sorted(r.map((v) => v * scale)));
          const top = Math.max(...runs.flat());
          const bottom = Math.min(...runs.flat());
          const cur = sorted(rawCur.map((v) => (below ? bottom - gap - v * scale : top + gap + v * scale)));
          const t = rankShiftTest(runs, cur, alpha, TAU0);
          const excludes = t.lower > 0 || t.upper < 0;
          if (t.pValue < alpha * (1 - 1e-6)) expect(excludes).toBe(true);
          if (t.pValue > alpha * (1 + 1e-6)) expect(excludes).toBe(false);
          expect(Math.sign(t.shift)).toBe(below ? -1 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
