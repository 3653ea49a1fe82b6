/**
 * The scale comparisons run on. Timings and sizes are right-skewed and change multiplicatively, so
 * perfgate compares logarithms; zeros (CLS is mostly exactly 0) get an offset of 1% of the median
 * positive value, which scales with the data so that scaling both sides changes no relative result.
 * Data with negative values (custom metrics) stay on the raw scale.
 */
import { quantileSorted } from 'simple-statistics';

export interface Scale {
  kind: 'log' | 'raw';
  /** Added before taking logs (samples' unit); 0 when there are no zeros. */
  offset: number;
  /** Map a sample onto the comparison scale. */
  to(x: number): number;
  /** Relative change (unitless) of a shift `d` on this scale, for a baseline location `base` (samples' unit). */
  relative(d: number, base: number): number;
  /** Absolute change (samples' unit) of a shift `d` on this scale from `base`. */
  absolute(d: number, base: number): number;
}

/** Cap on |relativeChange| when the baseline is 0 on the raw scale (unitless, 100 = +10 000%). */
export const MAX_RELATIVE_CHANGE = 100;

/** Pick the scale for a pooled set of finite samples. */
export function chooseScale(pooled: readonly number[]): Scale {
  let min = Infinity;
  const positive: number[] = [];
  for (const v of pooled) {
    if (v < min) min = v;
    if (v > 0) positive.push(v);
  }
  if (min < 0 || positive.length === 0) return rawScale();
  positive.sort((a, b) => a - b);
  const offset = min === 0 ? 0.01 * quantileSorted(positive, 0.5) : 0;
  return {
    kind: 'log',
    offset,
    to: (x) => Math.log(x + offset),
    relative: (d) => Math.expm1(d),
    absolute: (d, base) => (base + offset) * Math.expm1(d),
  };
}

function rawScale(): Scale {
  return {
    kind: 'raw',
    offset: 0,
    to: (x) => x,
    relative: (d, base) => relativeRaw(d, base),
    absolute: (d) => d,
  };
}

/** `d / |base|`, or ±{@link MAX_RELATIVE_CHANGE} when the base is 0 and d is not. */
export function relativeRaw(d: number, base: number): number {
  if (d === 0) return 0;
  if (base === 0) return Math.sign(d) * MAX_RELATIVE_CHANGE;
  const r = d / Math.abs(base);
  return Math.max(-MAX_RELATIVE_CHANGE, Math.min(MAX_RELATIVE_CHANGE, r));
}
