/**
 * Reference distributions the tests need. simple-statistics supplies the error function and
 * log-gamma; it lacks Student's t, which is written here on the regularized incomplete beta function
 * (continued fraction, Numerical Recipes §6.4). Its `probit` is off by ~5e-3 in the tails
 * (probit(0.99) = 2.3214, not 2.3263), so the normal quantile is Acklam's rational approximation.
 */
import { errorFunction, gammaln } from 'simple-statistics';

/** Standard normal CDF Φ(z) (unitless), accurate to ~1e-7 absolute. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return 0.5;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/** Two-sided normal p-value of a z statistic (unitless, 0..1). */
export function normalTwoSidedP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? 1 : 0;
  return clamp01(2 * (1 - normalCdf(Math.abs(z))));
}

/** Standard normal quantile Φ⁻¹(p) (unitless), p in (0, 1); relative error below 1.2e-9. */
export function normalQuantile(p: number): number {
  return acklam(Number.isNaN(p) ? 0.5 : Math.min(1 - 1e-15, Math.max(1e-15, p)));
}

// P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function" (2003).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
  const poly = (c: readonly number[], x: number): number => c.reduce((acc, k) => acc * x + k, 0);
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/** Regularized incomplete beta function I_x(a, b) (unitless). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast for x < (a+1)/(a+b+2); otherwise use the symmetry.
  if (x < (a + 1) / (a + b + 2)) return clamp01((front * betaContinuedFraction(x, a, b)) / a);
  return clamp01(1 - (front * betaContinuedFraction(1 - x, b, a)) / b);
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  return h;
}

/**
 * Two-sided p-value of Student's t statistic with `df` degrees of freedom (unitless, 0..1).
 * `df` may be fractional (Welch–Satterthwaite); `df` ≥ 1e6 falls back to the normal distribution.
 */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return 1;
  if (!Number.isFinite(t)) return 0;
  if (!(df > 0)) return 1;
  if (df >= 1e6) return normalTwoSidedP(t);
  return clamp01(incompleteBeta(df / (df + t * t), df / 2, 0.5));
}

/** Student's t CDF (unitless). */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? 1 - tail : tail;
}

/** Quantile of Student's t: the t with P(T ≤ t) = p (unitless), found by bisection. */
export function studentTQuantile(p: number, df: number): number {
  if (df >= 1e6) return normalQuantile(p);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const target = upper ? 1 - p : p; // one-sided tail mass
  let lo = 0;
  let hi = 1;
  while (studentTTwoSidedP(hi, df) / 2 > target && hi < 1e8) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTTwoSidedP(mid, df) / 2 > target) lo = mid;
    else hi = mid;
    if (hi - lo < 1e-10 * Math.max(1, hi)) break;
  }
  const t = (lo + hi) / 2;
  return upper ? t : -t;
}

/** Clamp to [0, 1]; NaN becomes 1 (a p-value we could not compute is never significant). */
export function clamp01(p: number): number {
  if (Number.isNaN(p)) return 1;
  return Math.min(1, Math.max(0, p));
}
