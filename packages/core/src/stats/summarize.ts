import { interquartileRange, mean, medianAbsoluteDeviation, quantileSorted, sampleStandardDeviation } from 'simple-statistics';

/** Descriptive statistics of one sample; every number is in the samples' unit unless noted. */
export interface Summary {
  /** Number of finite samples used (count). */
  n: number;
  mean: number;
  median: number;
  /** 75th percentile (linear interpolation, numpy type 7). */
  p75: number;
  /** 95th percentile (linear interpolation, numpy type 7). */
  p95: number;
  /** Sample standard deviation (n − 1 denominator); 0 when n < 2. */
  stdDev: number;
  /** Median absolute deviation from the median, unscaled (multiply by 1.4826 for a normal σ). */
  mad: number;
  /** Interquartile range p75 − p25. */
  iqr: number;
  min: number;
  max: number;
  /** Coefficient of variation stdDev / |mean| (unitless); 0 when the mean is 0. */
  cv: number;
}

/**
 * Summarize samples: n, mean, median, p75, p95, stdDev, MAD, IQR, min, max, CV.
 * Non-finite samples (NaN, ±Infinity) are ignored; an empty input gives all zeros with `n: 0`.
 */
export function summarize(samples: readonly number[]): Summary {
  const x = finiteSorted(samples);
  const n = x.length;
  if (n === 0) return { n: 0, mean: 0, median: 0, p75: 0, p95: 0, stdDev: 0, mad: 0, iqr: 0, min: 0, max: 0, cv: 0 };
  const m = finiteOr(mean(x), 0);
  const stdDev = n >= 2 ? sampleStandardDeviation(x) : 0;
  return {
    n,
    mean: m,
    median: quantileSorted(x, 0.5),
    p75: quantileSorted(x, 0.75),
    p95: quantileSorted(x, 0.95),
    stdDev: finiteOr(stdDev, 0),
    mad: medianAbsoluteDeviation(x),
    iqr: interquartileRange(x),
    min: x[0] as number,
    max: x[n - 1] as number,
    cv: m === 0 ? 0 : finiteOr(stdDev / Math.abs(m), 0),
  };
}

/** The finite values of `samples`, sorted ascending (a new array). */
export function finiteSorted(samples: readonly number[]): number[] {
  return samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** `value` when finite, else `fallback`. */
export function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
