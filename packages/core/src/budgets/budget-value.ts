import { quantileSorted } from 'simple-statistics';

/**
 * The single value a budget is checked against: the only sample for bundle metrics, the 75th
 * percentile for lab and field samples (as CrUX and web.dev assess Core Web Vitals:
 * https://web.dev/articles/vitals#core-web-vitals). Non-finite samples are ignored; no samples → NaN.
 */
export function budgetValue(samples: readonly number[]): number {
  const finite = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  if (finite.length === 1) return finite[0] as number;
  return quantileSorted(finite, 0.75);
}
