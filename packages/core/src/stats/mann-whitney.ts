/**
 * Mann–Whitney U (Wilcoxon rank-sum) test with mid-ranks for ties.
 * Exact null distribution when there are no ties and the samples are small; otherwise the normal
 * approximation with the tie-corrected variance and a continuity correction
 * (Hollander & Wolfe, Nonparametric Statistical Methods, §4.1).
 */
import { clamp01, normalTwoSidedP } from './distributions.js';

export interface MannWhitneyResult {
  /** U statistic of `b` (number of pairs with b > a, ties count ½). */
  u: number;
  /** Standardized statistic (unitless); positive when `b` tends to be larger. */
  z: number;
  /** Two-sided p-value (unitless, 0..1). */
  pValue: number;
  exact: boolean;
}

/** Largest n·m for which the exact (tie-free) distribution is computed. */
const EXACT_MAX_PAIRS = 2500;

/** Mann–Whitney U test of `b` against `a` (both sorted ascending, finite). */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { u: 0, z: 0, pValue: 1, exact: false };
  const { rankSumB, tieTerm } = rankSum(a, b);
  const u = rankSumB - (m * (m + 1)) / 2;
  const mu = (n * m) / 2;
  const total = n + m;
  const variance = ((n * m) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) return { u, z: 0, pValue: 1, exact: false };
  const diff = u - mu;
  const z = (Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5)) / Math.sqrt(variance);
  if (tieTerm === 0 && n * m <= EXACT_MAX_PAIRS) {
    return { u, z, pValue: exactTwoSidedP(n, m, u), exact: true };
  }
  return { u, z, pValue: normalTwoSidedP(z), exact: false };
}

/** Rank sum of `b` in the pooled sample and Σ(t³ − t) over tie groups. Inputs sorted ascending. */
function rankSum(a: readonly number[], b: readonly number[]): { rankSumB: number; tieTerm: number } {
  let i = 0;
  let j = 0;
  let rank = 1;
  let rankSumB = 0;
  let tieTerm = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? (a[i] as number) : Infinity;
    const vb = j < b.length ? (b[j] as number) : Infinity;
    const v = Math.min(va, vb);
    let ca = 0;
    let cb = 0;
    while (i < a.length && a[i] === v) { i++; ca++; }
    while (j < b.length && b[j] === v) { j++; cb++; }
    const t = ca + cb;
    const midRank = rank + (t - 1) / 2;
    rankSumB += cb * midRank;
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { rankSumB, tieTerm };
}

/** Null distributions already computed, by `n,m` (small; sample sizes repeat across a suite). */
const countsCache = new Map<string, Float64Array>();

/** Exact two-sided p of U for sample sizes n, m without ties. */
function exactTwoSidedP(n: number, m: number, u: number): number {
  const maxU = n * m;
  const key = n <= m ? `${n},${m}` : `${m},${n}`;
  let counts = countsCache.get(key);
  if (!counts) {
    counts = uCounts(Math.min(n, m), Math.max(n, m));
    if (countsCache.size > 64) countsCache.clear();
    countsCache.set(key, counts);
  }
  let total = 0;
  for (let k = 0; k <= maxU; k++) total += counts[k] as number;
  const lowU = Math.min(u, maxU - u);
  let tail = 0;
  for (let k = 0; k <= Math.floor(lowU + 1e-9); k++) tail += counts[k] as number;
  return clamp01((2 * tail) / total);
}

/** Counts of each U value over all arrangements of samples of sizes n and m (dynamic programming). */
function uCounts(n: number, m: number): Float64Array {
  const maxU = n * m;
  // counts[k][u]: arrangements of k items of one sample among the others with statistic u.
  // Recurrence f(n, m, u) = f(n − 1, m, u − m) + f(n, m − 1, u), computed over m with rolling rows.
  let prev: Float64Array[] = [];
  for (let i = 0; i <= n; i++) {
    const row = new Float64Array(maxU + 1);
    row[0] = 1; // m = 0: only u = 0
    prev.push(row);
  }
  for (let mm = 1; mm <= m; mm++) {
    const cur: Float64Array[] = [];
    const zero = new Float64Array(maxU + 1);
    zero[0] = 1; // n = 0
    cur.push(zero);
    for (let nn = 1; nn <= n; nn++) {
      const row = new Float64Array(maxU + 1);
      const left = cur[nn - 1] as Float64Array;
      const up = prev[nn] as Float64Array;
      for (let k = 0; k <= nn * mm; k++) {
        row[k] = (k >= mm ? (left[k - mm] as number) : 0) + (up[k] as number);
      }
      cur.push(row);
    }
    prev = cur;
  }
  return prev[n] as Float64Array;
}
