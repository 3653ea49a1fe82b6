import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTQuantile, studentTTwoSidedP } from './distributions.js';
import { hodgesLehmann } from './hodges-lehmann.js';
import { mannWhitney } from './mann-whitney.js';
import { summarize } from './summarize.js';

describe('distributions', () => {
  it('match reference tables', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(studentTTwoSidedP(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSidedP(63.65674, 1)).toBeCloseTo(0.01, 6);
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604095, 5);
    expect(studentTQuantile(0.025, 30)).toBeCloseTo(-2.042272, 5);
  });

  it('normal quantile matches the tables in the tails (simple-statistics probit gives 2.3214 at 0.99)', () => {
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
  });
});

describe('mannWhitney', () => {
  it('gives the exact p for small samples without ties', () => {
    // All of b above all of a, n = m = 5: p = 2 / C(10, 5) = 2/252.
    const r = mannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.exact).toBe(true);
    expect(r.pValue).toBeCloseTo(2 / 252, 12);
    expect(r.u).toBe(25);
  });

  it('uses the tie-corrected normal approximation with ties', () => {
    // By hand: rank sum of b = 55.5, U = 34.5, μ = 18, Σ(t³−t) = 78,
    // σ² = 36/12 · (13 − 78/132) = 37.227, z = (16.5 − 0.5)/6.1014 = 2.6224, p = 2·(1 − Φ(z)) = 0.008733.
    const r = mannWhitney([1, 2, 2, 3, 3, 3], [3, 4, 4, 5, 5, 6]);
    expect(r.exact).toBe(false);
    expect(r.u).toBe(34.5);
    expect(r.pValue).toBeCloseTo(0.008733, 5);
  });

  it('returns p = 1 when everything is tied', () => {
    expect(mannWhitney([1, 1, 1], [1, 1]).pValue).toBe(1);
  });
});

describe('hodgesLehmann', () => {
  it('estimates the shift as the median pairwise difference with an interval around it', () => {
    const a = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const r = hodgesLehmann(a, a.map((v) => v + 5), 0.05);
    expect(r.estimate).toBe(5);
    expect(r.lower).toBeLessThan(5);
    expect(r.upper).toBeGreaterThan(5);
  });
});

describe('summarize', () => {
  it('computes the seed statistics', () => {
    const s = summarize([1, 2, 3, 4, 100]);
    expect(s).toMatchObject({ n: 5, mean: 22, median: 3, min: 1, max: 100, p75: 4, mad: 1, iqr: 2 });
    expect(s.p95).toBeCloseTo(80.8, 10);
    expect(s.cv).toBeCloseTo(s.stdDev / 22, 12);
  });

  it('is all zeros for empty or non-finite input', () => {
    expect(summarize([NaN, Infinity])).toMatchObject({ n: 0, mean: 0, cv: 0 });
  });
});
