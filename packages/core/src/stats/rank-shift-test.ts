/**
 * The default test: a Mann–Whitney U test with a Hodges–Lehmann shift, widened for run-to-run
 * variation. Everything here runs on the comparison scale (logs for timings; see scale.ts).
 *
 * - One baseline run: run-to-run variation cannot be estimated, so an assumed run-to-run standard
 *   deviation τ₀ (option `runToRunCv`) is added in quadrature to the rank test's implied standard error.
 * - Several baseline runs: τ² is estimated from the spread of the baseline runs' medians minus their
 *   within-run sampling variance, shrunk towards τ₀² with {@link PRIOR_DF} pseudo degrees of freedom,
 *   and the statistic is referred to Student's t with Satterthwaite degrees of freedom
 *   (a random-effects test on run locations).
 */
import { quantileSorted, sampleVariance } from 'simple-statistics';
import { normalQuantile, studentTQuantile, studentTTwoSidedP, clamp01 } from './distributions.js';
import { hodgesLehmann } from './hodges-lehmann.js';
import { mannWhitney } from './mann-whitney.js';

/** Weight (pseudo degrees of freedom) of the assumed run-to-run variance τ₀² against the observed one. */
export const PRIOR_DF = 2;

export interface ShiftTest {
  method: 'mann-whitney-hl' | 'run-medians';
  /** Shift of current against baseline on the comparison scale. */
  shift: number;
  /** (1 − alpha) interval of the shift on the comparison scale. */
  lower: number;
  upper: number;
  /** Two-sided p-value (unitless). */
  pValue: number;
}

/**
 * Test `current` against the baseline `runs` (every array sorted ascending, on the comparison scale).
 * `tau0` is the assumed run-to-run standard deviation on that scale.
 */
export function rankShiftTest(runs: readonly number[][], current: readonly number[], alpha: number, tau0: number): ShiftTest {
  const pooled = runs.flat().sort((a, b) => a - b);
  const mw = mannWhitney(pooled, current);
  const hl = hodgesLehmann(pooled, current, alpha);
  const shift = hl.estimate;
  const k = runs.length;
  const between = betweenRunVariance(runs, tau0);
  // Standard error implied by the rank test: the shift divided by the z that gives the same p-value.
  const zRank = normalQuantile(1 - mw.pValue / 2);
  const seRankSq = zRank > 0 && shift !== 0 ? (shift / zRank) ** 2 : Infinity;
  // Var(o_c − mean of k baseline offsets) = τ²(1 + 1/k); with one run that is 2τ₀².
  const b = between.variance * (1 + 1 / k);
  let pValue = mw.pValue;
  let df = Infinity;
  if (shift !== 0 && Number.isFinite(seRankSq)) {
    const total = seRankSq + b;
    df = b > 0 && Number.isFinite(between.df) ? (total * total) / ((b * b) / between.df) : Infinity;
    const t = Math.abs(shift) / Math.sqrt(total);
    pValue = Math.max(mw.pValue, Number.isFinite(df) ? studentTTwoSidedP(t, df) : studentTTwoSidedP(t, 1e6));
  }
  const crit = Number.isFinite(df) ? studentTQuantile(1 - alpha / 2, df) : normalQuantile(1 - alpha / 2);
  const widen = crit * Math.sqrt(b);
  return {
    method: k > 1 ? 'run-medians' : 'mann-whitney-hl',
    shift,
    lower: shift - Math.hypot(shift - hl.lower, widen),
    upper: shift + Math.hypot(hl.upper - shift, widen),
    pValue: clamp01(pValue),
  };
}

/**
 * Between-run variance τ² of run locations (comparison scale, squared) and its degrees of freedom.
 * One run: τ₀² taken as known. Several: observed variance of the run medians minus their within-run
 * sampling variance (McKean–Schrader standard error of each median, distribution-free), shrunk
 * towards τ₀² with {@link PRIOR_DF} pseudo degrees of freedom.
 */
export function betweenRunVariance(runs: readonly number[][], tau0: number): { variance: number; df: number } {
  const k = runs.length;
  const prior = tau0 * tau0;
  if (k < 2) return { variance: prior, df: Infinity };
  const medians = runs.map((r) => quantileSorted(r as number[], 0.5));
  const observed = sampleVariance(medians);
  let within = 0;
  for (const r of runs) within += medianStandardError(r) ** 2;
  within /= k;
  const excess = Math.max(0, Number.isFinite(observed) ? observed - within : 0);
  const df = PRIOR_DF + k - 1;
  return { variance: (PRIOR_DF * prior + (k - 1) * excess) / df, df };
}

/**
 * McKean–Schrader (1984) standard error of a sample median from the order statistics around it:
 * (x₍ₙ₋꜀₊₁₎ − x₍꜀₎) / (2 · 1.96) with c = round((n + 1)/2 − 1.96·√n/2). Sorted input.
 */
export function medianStandardError(x: readonly number[]): number {
  const n = x.length;
  if (n < 3) return 0;
  const z = 1.959964;
  const c = Math.max(1, Math.round((n + 1) / 2 - (z * Math.sqrt(n)) / 2));
  return ((x[n - c] as number) - (x[c - 1] as number)) / (2 * z);
}
