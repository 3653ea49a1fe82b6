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
 * - Complete separation (every current sample above, or below, every baseline sample): the rank
 *   statistic is at its bound, so its p-value sits at a floor set by the sample sizes however large the
 *   change; a data-based standard error of the shift is tried as well (see {@link separatedTest}).
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
  const method = k > 1 ? 'run-medians' : 'mann-whitney-hl';
  const between = betweenRunVariance(runs, tau0);
  // Var(o_c − mean of k baseline offsets) = τ²(1 + 1/k); with one run that is 2τ₀².
  const b = between.variance * (1 + 1 / k);
  const drift: Drift = { variance: b, dfTerm: b > 0 && Number.isFinite(between.df) ? (b * b) / between.df : 0 };
  // Standard error implied by the rank test: the shift divided by the z that gives the same p-value.
  const zRank = normalQuantile(1 - mw.pValue / 2);
  const seRankSq = zRank > 0 && shift !== 0 ? (shift / zRank) ** 2 : Infinity;
  if (Number.isFinite(seRankSq) && (mw.u === 0 || mw.u === pooled.length * current.length)) {
    const t = separatedTest(pooled, current, shift, seRankSq, mw.pValue, drift);
    const half = criticalT(alpha, t.df) * Math.sqrt(t.variance);
    return { method, shift, lower: shift - half, upper: shift + half, pValue: clamp01(t.pValue) };
  }
  let pValue = mw.pValue;
  let df = Infinity;
  if (shift !== 0 && Number.isFinite(seRankSq)) {
    const t = widenedT(shift, seRankSq, 0, drift);
    df = t.df;
    pValue = Math.max(mw.pValue, t.pValue);
  }
  const widen = criticalT(alpha, df) * Math.sqrt(b);
  return {
    method,
    shift,
    lower: shift - Math.hypot(shift - hl.lower, widen),
    upper: shift + Math.hypot(hl.upper - shift, widen),
    pValue: clamp01(pValue),
  };
}

/** Run-to-run part of the shift's variance (comparison scale, squared) and its Satterthwaite term b²/df. */
interface Drift {
  variance: number;
  dfTerm: number;
}

interface WidenedT {
  pValue: number;
  /** Total variance of the shift: sampling plus run-to-run (comparison scale, squared). */
  variance: number;
  /** Satterthwaite degrees of freedom; Infinity when every part is taken as known. */
  df: number;
}

/**
 * shift / √(se² + b) against Student's t with Satterthwaite degrees of freedom
 * (se² + b)² / (seDfTerm + b²/df_b), where `seDfTerm` is Σ vᵢ²/dfᵢ over the estimated parts of se²
 * (0 when se² is taken as known, as the rank-implied one is).
 */
function widenedT(shift: number, seSq: number, seDfTerm: number, drift: Drift): WidenedT {
  const variance = seSq + drift.variance;
  const dfTerms = seDfTerm + drift.dfTerm;
  const df = dfTerms > 0 ? (variance * variance) / dfTerms : Infinity;
  const t = Math.abs(shift) / Math.sqrt(variance);
  return { pValue: studentTTwoSidedP(t, Number.isFinite(df) ? df : 1e6), variance, df };
}

function criticalT(alpha: number, df: number): number {
  return Number.isFinite(df) ? studentTQuantile(1 - alpha / 2, df) : normalQuantile(1 - alpha / 2);
}

/**
 * The test under complete separation (U = 0 or U = n·m). Every sample is on one side, so the rank
 * p-value sits at its floor for the sample sizes however large the change — for 18 vs 5 samples
 * 5.9·10⁻⁵ exact, and 8·10⁻⁴ from the normal approximation used when there are ties (integer ms) —
 * and the rank-implied SE (shift / z) grows with the shift: the rank statistic no longer measures
 * the sampling error. So the shift is also tested with a data-based SE, Welch's on the comparison scale,
 *   se² = (π/3) · (var(pooled baseline) / n + var(current) / m),
 * plus the same run-to-run variance b, against Student's t with Satterthwaite degrees of freedom
 * over the three parts (the sample variances have n − 1 and m − 1). Why these choices:
 * - π/3: Welch's is the variance of the difference of means, but the shift is the Hodges–Lehmann
 *   estimate, whose variance for normal data is π/3 times that (efficiency 3/π); for heavier tails
 *   it is smaller, so the factor can only make the test more cautious.
 * - Sample variances rather than a robust scale: their degrees of freedom (n − 1) are known, which
 *   Satterthwaite needs and a MAD of 5 samples does not offer. Their weakness, outliers, inflates
 *   them, so it makes this test more cautious, never less (and the rank test stays a candidate).
 * - The pooled baseline variance includes the spread between runs, which b counts too; the double
 *   count is about τ²/n, small against b = τ²(1 + 1/k), and on the cautious side.
 * - b stays: a current run that sits just above every baseline sample because runs drift is
 *   separated too, and only b says that this much shift is ordinary between runs.
 * The rank-SE test (as before) stays a candidate and the smaller p-value of the two is used, with the
 * interval of the test that gave it (so a significant shift's interval excludes 0): the data-based
 * SE can be the larger (a bimodal baseline, a far outlier), and the rank statistic keeps what it
 * showed. The p-value changes only under complete separation, which under H0 with exchangeable
 * samples has probability at most 2 / C(n + m, m) (ties make it rarer): 3.8·10⁻⁵ for 20 vs 5, so
 * that is all the false-alarm rate can rise by. When runs drift, separation is common under H0
 * and b is what holds the rate at alpha (calibration.test.ts: 4 × 5 and 1 × 5 vs 5 with 3% drift).
 */
function separatedTest(pooled: readonly number[], current: readonly number[], shift: number, seRankSq: number, mwP: number, drift: Drift): WidenedT {
  const rank = widenedT(shift, seRankSq, 0, drift);
  rank.pValue = Math.max(mwP, rank.pValue);
  const n = pooled.length;
  const m = current.length;
  if (n < 2 || m < 2) return rank;
  const vb = ((Math.PI / 3) * sampleVariance(pooled as number[])) / n;
  const vc = ((Math.PI / 3) * sampleVariance(current as number[])) / m;
  if (!(vb + vc > 0) || !Number.isFinite(vb + vc)) return rank;
  const data = widenedT(shift, vb + vc, (vb * vb) / (n - 1) + (vc * vc) / (m - 1), drift);
  return data.pValue < rank.pValue ? data : rank;
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
