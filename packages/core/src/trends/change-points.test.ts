import { describe, expect, it } from 'vitest';
import { detectChangePoints } from './change-points.js';
import { midRanks, scanRanks } from './rank-scan.js';
import { seededRandom } from './seeded-random.js';

/** A noisy series around `level` (σ 3%), deterministic. */
function noisy(seed: number, n: number, level: number): number[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => level * (1 + 0.03 * (r() + r() + r() - 1.5) * 2));
}

describe('detectChangePoints', () => {
  it('finds a 15% step, its size and significance', () => {
    const x = [...noisy(1, 30, 1000), ...noisy(2, 30, 1150)];
    const cps = detectChangePoints(x);
    expect(cps).toHaveLength(1);
    const [cp] = cps;
    expect(Math.abs((cp?.index ?? 0) - 30)).toBeLessThanOrEqual(2);
    expect(cp?.relativeChange).toBeGreaterThan(0.1);
    expect(cp?.relativeChange).toBeLessThan(0.2);
    expect(cp?.before).toBeGreaterThan(950);
    expect(cp?.after).toBeGreaterThan(1100);
    expect(cp?.pValue).toBeLessThan(0.01);
  });

  it('reports nothing on a flat series, even with a single 3× spike', () => {
    const x = noisy(3, 60, 1000);
    x[17] = 3000;
    expect(detectChangePoints(x)).toEqual([]);
  });

  it('finds two steps (up then down)', () => {
    const x = [...noisy(4, 25, 1000), ...noisy(5, 25, 1300), ...noisy(6, 25, 1000)];
    const idx = detectChangePoints(x).map((c) => c.index);
    expect(idx).toHaveLength(2);
    expect(Math.abs((idx[0] ?? 0) - 25)).toBeLessThanOrEqual(2);
    expect(Math.abs((idx[1] ?? 0) - 50)).toBeLessThanOrEqual(2);
  });

  it('is deterministic for a seed', () => {
    const x = [...noisy(7, 20, 10), ...noisy(8, 20, 11)];
    expect(detectChangePoints(x, { seed: 42 })).toEqual(detectChangePoints(x, { seed: 42 }));
  });

  it('keeps input indices when non-finite values are skipped', () => {
    const x: number[] = [...noisy(9, 20, 100), NaN, Infinity, ...noisy(10, 20, 140)];
    const [cp] = detectChangePoints(x);
    expect(cp?.index).toBe(22);
  });

  it('handles short, empty, constant and zero series without NaN', () => {
    expect(detectChangePoints([])).toEqual([]);
    expect(detectChangePoints([1, 2, 3])).toEqual([]);
    expect(detectChangePoints(Array(40).fill(5))).toEqual([]);
    const z = detectChangePoints([...Array(20).fill(0), ...Array(20).fill(0.2)]);
    expect(z).toHaveLength(1);
    expect(z[0]?.index).toBe(20);
    expect(Number.isFinite(z[0]?.relativeChange)).toBe(true);
  });

  it('honours minSegment', () => {
    const x = [...noisy(11, 40, 100), ...noisy(12, 6, 200)];
    // With 7 values required on each side, the step can be placed no later than run 39.
    for (const c of detectChangePoints(x, { minSegment: 7 })) expect(c.index).toBeLessThanOrEqual(39);
    expect(detectChangePoints(x, { minSegment: 5 }).map((c) => c.index)).toEqual([40]);
  });
});

describe('rank scan', () => {
  it('mid-ranks ties', () => {
    expect(Array.from(midRanks([5, 1, 5, 3]))).toEqual([3.5, 1, 3.5, 2]);
  });

  it('puts the best split at the step', () => {
    expect(scanRanks(midRanks([1, 2, 1, 2, 1, 9, 8, 9, 8, 9]), 2).split).toBe(5);
  });
});
