import type { Severity } from '../model.js';

/** Which way is better for a metric. */
export type Direction = 'lower-is-better' | 'higher-is-better';

/** Methods `compareSamples` can use (the config's `regression.method` accepts the same names). */
export const COMPARE_METHODS = ['auto', 'mann-whitney-hl', 'run-medians', 'z-score', 'exact'] as const;

/** Methods `compareSamples` can use. */
export type CompareMethod = (typeof COMPARE_METHODS)[number];

/** Options of {@link compareSamples}. */
export interface CompareOptions {
  /** Default `lower-is-better`. */
  direction?: Direction;
  /** Significance level (unitless), default 0.01. */
  alpha?: number;
  /** Smallest relative change that can be a regression (unitless, 0.10 = 10%), default 0.10. */
  minRelativeChange?: number;
  /** Smallest absolute change that can be a regression (metric's unit); the metric's floor. Default 0. */
  minAbsoluteChange?: number;
  /** Fewer samples on either side → `inconclusive`. Default 5. */
  minSamples?: number;
  /**
   * `auto` (default): `exact` when every run is constant and has at least `minSamples` samples,
   * `run-medians` when the baseline has several runs, else `mann-whitney-hl`. See docs/statistics.md.
   */
  method?: CompareMethod;
  /**
   * Assumed run-to-run variation of a run's typical value (unitless coefficient of variation,
   * 0.03 = 3%), default 0.03. Used as-is with a one-run baseline, and as a prior shrunk towards the
   * observed spread of run medians with several runs. 0 turns the allowance off.
   */
  runToRunCv?: number;
}

/** The regression verdict every gate uses. */
export interface Comparison {
  verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
  /** Current vs baseline, +0.12 = 12% larger value (unitless). Always finite. */
  relativeChange: number;
  /** Current minus baseline location, in the metric's unit. Always finite. */
  absoluteChange: number;
  /** Two-sided p-value of the test (unitless, 0..1). 1 when not computed. */
  pValue: number;
  /** Confidence interval (1 − alpha) of the relative change (unitless). */
  interval: [number, number];
  severity: Severity;
  method: Exclude<CompareMethod, 'auto'>;
  /** Location estimates used (metric's unit). */
  baselineValue: number;
  currentValue: number;
  /** p-value after the multiple-comparison correction of `compareMany` (unitless, 0..1). */
  adjustedPValue?: number;
  /** Change in baseline standard deviations (robust: 1.4826·MAD), ≥ 0; used for severity. */
  z?: number;
  /** Human-readable reason, e.g. why inconclusive. */
  reason?: string;
}
