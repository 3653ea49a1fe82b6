import { medianSorted } from 'simple-statistics';

/** 1 / Φ⁻¹(0.75): makes the MAD a consistent estimator of σ for normal data (Iglewicz & Hoaglin, 1993). */
export const MAD_TO_SIGMA = 1.4826;

/**
 * Robust z-score of `value` against `reference` (unitless): (value − median) / (1.4826 · MAD).
 * When the MAD is 0 (most reference values equal), falls back to the mean absolute deviation × 1.2533;
 * when that is 0 too, any difference larger than `floor` (metric's unit) scores ±Infinity, else 0.
 */
export function robustZ(value: number, reference: number[], floor = 0): { z: number; median: number; scale: number } {
  const sorted = [...reference].sort((a, b) => a - b);
  const median = medianSorted(sorted);
  const deviations = sorted.map((x) => Math.abs(x - median)).sort((a, b) => a - b);
  let scale = MAD_TO_SIGMA * medianSorted(deviations);
  if (scale === 0) scale = 1.2533 * (deviations.reduce((a, b) => a + b, 0) / deviations.length);
  const diff = value - median;
  if (scale === 0) return { z: Math.abs(diff) > floor ? Math.sign(diff) * Infinity : 0, median, scale };
  return { z: diff / scale, median, scale };
}
