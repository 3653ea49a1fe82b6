import { describe, expect, it } from 'vitest';
import { compareMany } from './compare-many.js';
import { adjustPValues } from './p-adjust.js';
import { seededUniform, standardNormal } from './seeded-random.testutil.js';

describe('adjustPValues', () => {
  it('matches the textbook Holm and Benjamini–Hochberg values', () => {
    const p = [0.01, 0.04, 0.03, 0.005];
    expect(adjustPValues(p, 'holm').map((v) => +v.toFixed(4))).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(adjustPValues(p, 'bh').map((v) => +v.toFixed(4))).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(adjustPValues(p, 'none')).toEqual(p);
  });

  it('treats non-finite p-values as 1 and keeps results in [0, 1]', () => {
    expect(adjustPValues([NaN, 0.5, -1], 'holm')).toEqual([1, 1, 0]);
  });
});

describe('compareMany', () => {
  const b = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101];

  it('keeps a clear regression and demotes a marginal one after Holm over many comparisons', () => {
    const clear = b.map((v) => v * 1.5);
    // Marginal: significant alone at alpha 0.01, but not after correcting over 30 comparisons.
    const marginal = [113, 112, 111, 115, 100, 112, 101, 113, 114, 110];
    const items = [
      { key: 'clear', baseline: b, current: clear, options: { runToRunCv: 0 } },
      { key: 'marginal', baseline: b, current: marginal, options: { runToRunCv: 0 } },
      ...Array.from({ length: 28 }, (_, i) => ({ key: `flat${i}`, baseline: b, current: b.map((v, j) => v + ((i + j) % 3) - 1), options: { runToRunCv: 0 } })),
    ];
    const alone = compareMany(items.slice(1, 2), { correction: 'none' });
    expect(alone[0]?.comparison.verdict).toBe('regressed');
    const out = compareMany(items);
    expect(out).toHaveLength(30);
    expect(out[0]?.comparison.verdict).toBe('regressed');
    const m = out[1]?.comparison;
    expect(m?.verdict).toBe('unchanged');
    expect(m?.reason).toMatch(/holm correction over 30 comparisons/);
    expect(m?.adjustedPValue).toBeGreaterThanOrEqual(0.01);
  });

  it('with bh keeps more discoveries than holm when many tests are significant', () => {
    const shifted = (f: number) => b.map((v) => v * f);
    const items = [1.5, 1.45, 1.4, 1.35].map((f, i) => ({ key: `r${i}`, baseline: b, current: shifted(f), options: { runToRunCv: 0 } }));
    const bh = compareMany(items, { correction: 'bh' });
    const holm = compareMany(items, { correction: 'holm' });
    for (let i = 0; i < items.length; i++) expect(bh[i]?.comparison.adjustedPValue).toBeLessThanOrEqual(holm[i]?.comparison.adjustedPValue ?? 1);
    expect(bh.every((r) => r.comparison.verdict === 'regressed')).toBe(true);
  });

  it('never adjusts exact (deterministic) comparisons', () => {
    const out = compareMany([
      { key: 'bundle', baseline: [[100_000]], current: [150_000], options: { method: 'exact' } },
      ...Array.from({ length: 10 }, (_, i) => ({ key: `x${i}`, baseline: b, current: b })),
    ]);
    expect(out[0]?.comparison.verdict).toBe('regressed');
    expect(out[0]?.comparison.adjustedPValue).toBeUndefined();
  });
});

describe('compareMany family-wise false alarms (seeded)', () => {
  const u = seededUniform(7); // deterministic: the counts below are the same on every run
  const normal = (): number => standardNormal(u);
  const logNormal = (median: number, sigma: number, n: number): number[] => Array.from({ length: n }, () => median * Math.exp(sigma * normal()));

  const SUITES = 200;
  const METRICS = [
    { median: 1200, sigma: 0.15 },
    { median: 800, sigma: 0.1 },
    { median: 300, sigma: 0.2 },
    { median: 150, sigma: 0.12 },
    { median: 2000, sigma: 0.08 },
    { median: 60, sigma: 0.25 },
  ];
  // 200 suites of 5 routes × 6 metrics, nothing changed: one baseline run and one current run of 12 each.
  const suites = Array.from({ length: SUITES }, () =>
    Array.from({ length: 5 }, (_, route) =>
      METRICS.map((m, metric) => ({
        key: `/r${route} m${metric}`,
        baseline: logNormal(m.median, m.sigma, 12),
        current: logNormal(m.median, m.sigma, 12),
        // Only the test decides: no practical gates and no run-to-run allowance, so each comparison
        // alone raises a false alarm (either direction) at ≈ alpha — the case the correction is for.
        options: { runToRunCv: 0, minRelativeChange: 0, minAbsoluteChange: 0 },
      })),
    ).flat(),
  );
  const familyWiseRate = (correction: 'holm' | 'none'): number =>
    suites.filter((items) => compareMany(items, { alpha: 0.01, correction }).some((r) => r.comparison.verdict === 'regressed' || r.comparison.verdict === 'improved')).length / SUITES;

  it('Holm keeps the suite-level false-alarm rate near alpha; no adjustment does not', () => {
    const holm = familyWiseRate('holm');
    const none = familyWiseRate('none');
    // Holm guarantees FWER ≤ alpha = 1% (2 of 200 suites expected at most). Bound 2.5% (5 of 200):
    // if the true rate were exactly 1%, 6 or more of 200 would happen with probability ≈ 1.6%.
    expect(holm).toBeLessThanOrEqual(0.025);
    // Unadjusted, 30 tests at ≤ 1% each: up to 1 − 0.99³⁰ ≈ 26% of suites raise an alarm (19% here:
    // the exact rank test on 12 vs 12 is a little conservative).
    expect(none).toBeGreaterThan(0.15);
    expect(none).toBeGreaterThan(5 * Math.max(holm, 0.01));
  });
});
