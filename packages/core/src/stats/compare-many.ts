import type { CompareOptions, Comparison } from './compare-types.js';
import { compareSamples, DEFAULT_COMPARE_OPTIONS } from './compare-samples.js';
import { adjustPValues, type Correction } from './p-adjust.js';

/** One route × metric comparison of a suite. */
export interface CompareItem {
  /** Caller's key, e.g. `/campaigns/[id] LCP`. */
  key: string;
  baseline: readonly number[] | readonly (readonly number[])[];
  current: readonly number[];
  options?: CompareOptions;
}

/** Family-level options of {@link compareMany}. */
export interface CompareManyOptions {
  /** Family significance level (unitless), default 0.01. */
  alpha?: number;
  /** `holm` (default; family-wise error rate), `bh` (false discovery rate) or `none`. */
  correction?: Correction;
}

/**
 * Compare a suite (routes × metrics) while controlling the family-wise error rate (Holm) or the false
 * discovery rate (Benjamini–Hochberg), so 30 comparisons do not raise 30× the false alarms of one.
 * Each item is first compared on its own; statistical tests (not `exact`, not `inconclusive`) then
 * keep a `regressed`/`improved` verdict only when their adjusted p-value is below the family alpha.
 * Deterministic (`exact`) items are not tests and are never adjusted.
 */
export function compareMany(items: readonly CompareItem[], options: CompareManyOptions = {}): Array<{ key: string; comparison: Comparison }> {
  const alpha = options.alpha !== undefined && options.alpha > 0 && options.alpha < 1 ? options.alpha : DEFAULT_COMPARE_OPTIONS.alpha;
  const correction = options.correction ?? 'holm';
  const results = items.map((item) => ({ key: item.key, comparison: compareSamples(item.baseline, item.current, { alpha, ...item.options }) }));
  const tested = results.filter((r) => r.comparison.method !== 'exact' && r.comparison.verdict !== 'inconclusive');
  const adjusted = adjustPValues(tested.map((r) => r.comparison.pValue), correction);
  tested.forEach((r, i) => {
    const adj = adjusted[i] as number;
    const c = r.comparison;
    c.adjustedPValue = adj;
    if ((c.verdict === 'regressed' || c.verdict === 'improved') && !(adj < alpha)) {
      c.reason = `${c.verdict} on its own (p = ${fmt(c.pValue)}) but not after ${correction} correction over ${tested.length} comparisons (adjusted p = ${fmt(adj)} ≥ ${alpha})`;
      c.verdict = 'unchanged';
      c.severity = 'info';
    }
  });
  return results;
}

function fmt(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : p.toPrecision(2);
}
