/**
 * The 75th percentile of field values — the Core Web Vitals standard for field data
 * (https://web.dev/articles/vitals#core-web-vitals). Linear interpolation between order statistics
 * (type 7, as spreadsheets and numpy). NaN for no samples.
 */
export function p75(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const h = (sorted.length - 1) * 0.75;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
