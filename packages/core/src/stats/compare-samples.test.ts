import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples.js';
import type { Comparison } from './compare-types.js';

/** Deterministic pseudo-random log-normal samples (no Math.random in tests). */
function logNormal(seed: number, n: number, median: number, sigma: number): number[] {
  let a = seed >>> 0;
  const u = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967297;
  };
  return Array.from({ length: n }, () => median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())));
}

function expectFinite(c: Comparison): void {
  for (const v of [c.relativeChange, c.absoluteChange, c.pValue, c.interval[0], c.interval[1], c.baselineValue, c.currentValue]) {
    expect(Number.isFinite(v)).toBe(true);
  }
  expect(c.pValue).toBeGreaterThanOrEqual(0);
  expect(c.pValue).toBeLessThanOrEqual(1);
  expect(c.interval[0]).toBeLessThanOrEqual(c.interval[1]);
}

const base = logNormal(1, 20, 1000, 0.1);

describe('compareSamples — rank test on one baseline run', () => {
  it('flags a 40% slowdown as a critical regression with a positive interval', () => {
    const c = compareSamples(base, logNormal(2, 20, 1400, 0.1));
    expect(c.verdict).toBe('regressed');
    expect(c.method).toBe('mann-whitney-hl');
    expect(c.relativeChange).toBeGreaterThan(0.25);
    expect(c.relativeChange).toBeLessThan(0.6);
    expect(c.interval[0]).toBeGreaterThan(0);
    expect(c.severity).toBe('critical');
    expect(c.pValue).toBeLessThan(0.01);
    expectFinite(c);
  });

  it('reports a 40% speed-up as improved with info severity', () => {
    const c = compareSamples(base, logNormal(3, 20, 600, 0.1));
    expect(c.verdict).toBe('improved');
    expect(c.relativeChange).toBeLessThan(-0.25);
    expect(c.severity).toBe('info');
  });

  it('leaves a same-distribution run unchanged', () => {
    const c = compareSamples(base, logNormal(4, 20, 1000, 0.1));
    expect(c.verdict).toBe('unchanged');
    expect(c.severity).toBe('info');
  });

  it('respects higher-is-better: a drop is the regression', () => {
    const c = compareSamples(base, logNormal(5, 20, 600, 0.1), { direction: 'higher-is-better' });
    expect(c.verdict).toBe('regressed');
    expect(c.relativeChange).toBeLessThan(0);
  });

  it('ignores a significant change below minRelativeChange', () => {
    const tight = logNormal(6, 200, 1000, 0.02);
    const c = compareSamples(tight, logNormal(7, 200, 1050, 0.02), { runToRunCv: 0 });
    expect(c.pValue).toBeLessThan(0.01);
    expect(c.relativeChange).toBeGreaterThan(0.03);
    expect(c.verdict).toBe('unchanged');
  });

  it('with one baseline run, treats a shift within the run-to-run allowance as not significant', () => {
    const tight = logNormal(6, 200, 1000, 0.02);
    const c = compareSamples(tight, logNormal(7, 200, 1050, 0.02), { minRelativeChange: 0 });
    expect(c.pValue).toBeGreaterThan(0.01);
    expect(c.verdict).toBe('unchanged');
  });

  it('ignores a change below the absolute floor (minAbsoluteChange)', () => {
    const c = compareSamples(logNormal(8, 20, 100, 0.05), logNormal(9, 20, 130, 0.05), { minAbsoluteChange: 50 });
    expect(c.relativeChange).toBeGreaterThan(0.2);
    expect(c.verdict).toBe('unchanged');
  });

  it('is not fooled by a few 3× outliers in the current run', () => {
    const cur = logNormal(10, 20, 1000, 0.1).map((v, i) => (i % 7 === 0 ? v * 3 : v));
    expect(compareSamples(base, cur).verdict).toBe('unchanged');
    expect(compareSamples(base, cur, { method: 'z-score' }).verdict).toBe('regressed');
  });
});

describe('compareSamples — several baseline runs', () => {
  const runs = [logNormal(11, 20, 1000, 0.1), logNormal(12, 20, 1030, 0.1), logNormal(13, 20, 975, 0.1), logNormal(14, 20, 1010, 0.1)];

  it('uses run-medians and finds a 40% regression', () => {
    const c = compareSamples(runs, logNormal(15, 20, 1400, 0.1));
    expect(c.method).toBe('run-medians');
    expect(c.verdict).toBe('regressed');
  });

  it('absorbs run-to-run offsets that the pooled rank test would flag', () => {
    // Baseline runs that differ by ±8% from each other; the current run sits 12% above their centre.
    const spread = [0.92, 1.08, 0.93, 1.07, 1.0].map((f, i) => logNormal(20 + i, 30, 1000 * f, 0.03));
    const cur = logNormal(30, 30, 1120, 0.03);
    expect(compareSamples(spread.flat(), cur, { runToRunCv: 0 }).verdict).toBe('regressed');
    expect(compareSamples(spread, cur).verdict).toBe('unchanged');
  });
});

describe('compareSamples — complete separation', () => {
  const max = (xs: number[][]): number => Math.max(...xs.flat());
  // Shaped like the demo's render regression: 4 baseline runs × 5 INP samples around 40 ms, a few
  // percent apart, and 5 current samples around 540 ms (13×), every one above every baseline sample.
  const drift = [1, 1.02, 0.98, 1.03];

  it('flags a 13× regression on 5 integer-ms samples below a Holm bar for 40 comparisons', () => {
    // Whole ms, as INP is reported: the baseline has ties, so the rank test uses its normal
    // approximation, whose p cannot go below ≈ 8·10⁻⁴ for 20 vs 5 however large the change.
    const runs = drift.map((f, i) => logNormal(40 + i, 5, 40 * f, 0.15).map(Math.round));
    const cur = logNormal(50, 5, 540, 0.1).map(Math.round);
    expect(Math.min(...cur)).toBeGreaterThan(max(runs));
    const c = compareSamples(runs, cur);
    expect(c.pValue).toBeLessThan(0.01 / 40);
    expect(c.verdict).toBe('regressed');
    expect(c.relativeChange).toBeGreaterThan(10);
    expect(c.interval[0]).toBeGreaterThan(0);
  });

  it('goes below the exact rank floor 2 / C(25, 5) for a 13× regression without ties', () => {
    const runs = drift.map((f, i) => logNormal(40 + i, 5, 40 * f, 0.15));
    const c = compareSamples(runs, logNormal(50, 5, 540, 0.1));
    expect(c.pValue).toBeLessThan(2 / 53_130);
    expect(c.interval[0]).toBeGreaterThan(0);
  });

  it('does not flag a separation that the drift between baseline runs explains', () => {
    // Tight runs (σ 0.4%) whose levels differ by ±5%; the current run is 6% above their centre and so
    // just above every baseline sample. Only the run-to-run variance says this is ordinary.
    const runs = [0.95, 1.05, 0.97, 1.03].map((f, i) => logNormal(60 + i, 5, 1000 * f, 0.004));
    const cur = logNormal(70, 5, 1065, 0.004);
    expect(Math.min(...cur)).toBeGreaterThan(max(runs));
    const c = compareSamples(runs, cur, { minRelativeChange: 0 });
    expect(c.pValue).toBeGreaterThan(0.01);
    expect(c.verdict).toBe('unchanged');
    expect(c.interval[0]).toBeLessThan(0);
  });

  it('with one baseline run, leaves a separation within the assumed run-to-run CV to that allowance', () => {
    // σ 0.2% samples; the current run is 2.5% higher, inside the default 3% runToRunCv.
    const one = logNormal(80, 10, 1000, 0.002);
    const cur = logNormal(81, 10, 1025, 0.002);
    expect(Math.min(...cur)).toBeGreaterThan(Math.max(...one));
    expect(compareSamples(one, cur, { minRelativeChange: 0 }).verdict).toBe('unchanged');
    expect(compareSamples(one, cur, { minRelativeChange: 0, runToRunCv: 0 }).verdict).toBe('regressed');
  });
});

describe('compareSamples — exact and degenerate inputs', () => {
  it('compares constant series deterministically against the floors', () => {
    const c = compareSamples([[250_000], [250_000]], [262_144], { method: 'exact', minAbsoluteChange: 1024 });
    expect(c.method).toBe('exact');
    expect(c.verdict).toBe('unchanged'); // +4.9% < 10%
    const d = compareSamples([[250_000], [250_000]], [300_000], { method: 'exact', minAbsoluteChange: 1024 });
    expect(d.verdict).toBe('regressed');
    expect(d.pValue).toBe(0);
    expect(d.absoluteChange).toBe(50_000);
    expect(d.relativeChange).toBeCloseTo(0.2, 10);
    expect(d.severity).toBe('warning');
  });

  it('uses the latest baseline run for exact comparisons', () => {
    const c = compareSamples([[100_000], [200_000]], [205_000], { method: 'exact' });
    expect(c.baselineValue).toBe(200_000);
    expect(c.verdict).toBe('unchanged');
  });

  it('picks exact automatically for constant series with enough samples', () => {
    const c = compareSamples([5, 5, 5, 5, 5], [5, 5, 5, 5, 5]);
    expect(c.method).toBe('exact');
    expect(c.verdict).toBe('unchanged');
    expect(c.relativeChange).toBe(0);
  });

  it('is inconclusive with fewer than minSamples and says why', () => {
    const c = compareSamples([1, 2, 3], [4, 5, 6, 7, 8]);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toMatch(/fewer than 5 samples \(baseline 3, current 5\)/);
  });

  it('handles empty arrays without NaN', () => {
    for (const c of [compareSamples([], []), compareSamples([], [1, 2]), compareSamples([[], []], [1, 2, 3, 4, 5]), compareSamples([1, 2, 3, 4, 5], [])]) {
      expect(c.verdict).toBe('inconclusive');
      expectFinite(c);
    }
  });

  it('drops NaN and Infinity samples', () => {
    const c = compareSamples([...base, NaN, Infinity], [...base, -Infinity]);
    expect(c.verdict).toBe('unchanged');
    expectFinite(c);
  });

  it('copes with all-zero and mostly-zero (CLS) data', () => {
    expectFinite(compareSamples([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]));
    const cls = compareSamples([0, 0, 0, 0, 0, 0, 0, 0, 0.02, 0], [0.12, 0.1, 0.11, 0.1, 0.13, 0.12, 0.1, 0.11, 0.1, 0.12], { minAbsoluteChange: 0.01 });
    expect(cls.verdict).toBe('regressed');
    expect(cls.absoluteChange).toBeGreaterThan(0.05);
    expectFinite(cls);
    const rare = compareSamples([0, 0, 0, 0, 0, 0, 0, 0, 0.05, 0], [0, 0, 0, 0.06, 0, 0, 0, 0, 0, 0], { minAbsoluteChange: 0.01 });
    expect(rare.verdict).toBe('unchanged');
  });

  it('handles negative values on the raw scale', () => {
    const c = compareSamples([-5, -4, -6, -5, -5, -4], [10, 11, 12, 10, 11, 12]);
    expect(c.verdict).toBe('regressed');
    expectFinite(c);
  });

  it('handles heavy ties (integer ms)', () => {
    const c = compareSamples([40, 40, 41, 40, 39, 40, 41, 40], [40, 41, 40, 40, 40, 39, 40, 41]);
    expect(c.verdict).toBe('unchanged');
    expectFinite(c);
  });

  it('never returns non-finite numbers for extreme magnitudes', () => {
    expectFinite(compareSamples([1e-300, 2e-300, 1e-300, 3e-300, 1e-300], [1e300, 1e300, 2e300, 1e300, 1e300]));
    expectFinite(compareSamples([Number.MAX_VALUE, Number.MAX_VALUE / 2, 1, 2, 3], [0, 0, 0, 0, 1]));
    expectFinite(compareSamples([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], { alpha: NaN, minSamples: -3, runToRunCv: Infinity }));
  });
});

describe("compareSamples — the seed's z-score method", () => {
  it('applies z ≥ 2 and change ≥ 15%', () => {
    const b = [100, 102, 98, 101, 99, 100, 103, 97];
    expect(compareSamples(b, b.map((v) => v * 1.2), { method: 'z-score' }).verdict).toBe('regressed');
    expect(compareSamples(b, b.map((v) => v * 1.12), { method: 'z-score' }).verdict).toBe('unchanged');
  });

  it('stays finite on a constant baseline', () => {
    const c = compareSamples([5, 5, 5, 5, 5], [6, 6, 6, 6, 7], { method: 'z-score' });
    expect(c.verdict).toBe('regressed');
    expectFinite(c);
  });
});
