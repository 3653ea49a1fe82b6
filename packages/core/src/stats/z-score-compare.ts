/**
 * The seed's rule, kept as `method: 'z-score'`: z = (mean_c − mean_b) / sd_b, regressed when z ≥ 2
 * in the worse direction and the change of means is at least 15% (or `minRelativeChange` when given).
 *
 * Weaknesses (measured in bench/regression-accuracy): the mean and standard deviation are not robust,
 * so a few 2–3× outliers inflate both and either raise false alarms or hide real shifts; z uses only
 * the baseline's spread and ignores the current sample's size, so it is not a test and its false-alarm
 * rate is not controlled; it ignores run-to-run variation; it breaks on constant baselines (sd = 0).
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { normalTwoSidedP } from './distributions.js';
import { relativeRaw } from './scale.js';

/** The seed's z threshold (baseline standard deviations). */
export const SEED_Z_THRESHOLD = 2;
/** The seed's relative threshold (unitless). */
export const SEED_MIN_RELATIVE_CHANGE = 0.15;

export interface ZScoreResult {
  z: number;
  baselineValue: number;
  currentValue: number;
  relativeChange: number;
  absoluteChange: number;
  /** Pseudo p-value 2·(1 − Φ(|z|)) (unitless); z is an effect size, not a test statistic. */
  pValue: number;
  /** Approximate interval of the relative change: (mean difference ± crit · standard error) / mean_b. */
  interval: [number, number];
}

/** Seed z-score comparison over pooled baseline samples `b` and current samples `c` (finite). */
export function zScoreCompare(b: readonly number[], c: readonly number[], zCrit: number): ZScoreResult {
  const mb = mean(b as number[]);
  const mc = mean(c as number[]);
  const sb = b.length >= 2 ? sampleStandardDeviation(b as number[]) : 0;
  const sc = c.length >= 2 ? sampleStandardDeviation(c as number[]) : 0;
  const diff = mc - mb;
  const z = sb > 0 ? diff / sb : diff === 0 ? 0 : Math.sign(diff) * 1e6;
  const se = Math.sqrt((sb * sb) / b.length + (sc * sc) / c.length);
  const rel = relativeRaw(diff, mb);
  return {
    z,
    baselineValue: mb,
    currentValue: mc,
    relativeChange: rel,
    absoluteChange: diff,
    pValue: normalTwoSidedP(z),
    interval: [relativeRaw(diff - zCrit * se, mb), relativeRaw(diff + zCrit * se, mb)],
  };
}
