/**
 * Hodges–Lehmann two-sample shift estimate (median of all pairwise differences b − a) and its
 * distribution-free confidence interval from the order statistics of those differences
 * (Moses; Hollander & Wolfe §4.3), with the normal approximation of the U critical value.
 */
import { quantileSorted } from 'simple-statistics';
import { normalQuantile } from './distributions.js';

export interface ShiftEstimate {
  /** Median of pairwise differences b − a (same unit as the inputs). */
  estimate: number;
  /** Lower and upper bound of the (1 − alpha) interval (same unit). */
  lower: number;
  upper: number;
}

/** Above this many pairs each side is thinned to its quantiles so memory stays bounded. */
const MAX_PAIRS = 250_000;
const THIN_TO = 500;

/** Hodges–Lehmann shift of `b` relative to `a` (both sorted ascending, non-empty, finite). */
export function hodgesLehmann(a: readonly number[], b: readonly number[], alpha: number): ShiftEstimate {
  let xa = a;
  let xb = b;
  if (xa.length * xb.length > MAX_PAIRS) {
    xa = thin(xa);
    xb = thin(xb);
  }
  const n = xa.length;
  const m = xb.length;
  const diffs = new Float64Array(n * m);
  let k = 0;
  for (const vb of xb) for (const va of xa) diffs[k++] = vb - va;
  diffs.sort();
  const estimate = quantileSorted(diffs as unknown as number[], 0.5);
  const z = normalQuantile(1 - alpha / 2);
  const c = Math.floor((n * m) / 2 - z * Math.sqrt((n * m * (n + m + 1)) / 12));
  const drop = Math.max(0, c);
  const lower = diffs[Math.min(drop, diffs.length - 1)] as number;
  const upper = diffs[Math.max(0, diffs.length - 1 - drop)] as number;
  return { estimate, lower: Math.min(lower, estimate), upper: Math.max(upper, estimate) };
}

/** Evenly spaced quantiles of a sorted sample, so large samples keep their shape. */
function thin(x: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < THIN_TO; i++) out.push(quantileSorted(x as number[], (i + 0.5) / THIN_TO));
  return out;
}

/** One-sample Hodges–Lehmann location: median of the Walsh averages (xᵢ + xⱼ)/2, i ≤ j. */
export function walshMedian(x: readonly number[]): number {
  const n = x.length;
  if (n === 0) return 0;
  if (n > 400) return quantileSorted(x as number[], 0.5);
  const w = new Float64Array((n * (n + 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) w[k++] = ((x[i] as number) + (x[j] as number)) / 2;
  w.sort();
  return quantileSorted(w as unknown as number[], 0.5);
}
