import type { Measurement, Verdict } from '../../model.js';

/** The value a verdict row shows: the budget's actual, the comparison's current value, else the samples' p75 (metric's unit). */
export function latestValue(v: Verdict, m: Measurement | undefined): number {
  if (v.budget) return v.budget.actual;
  if (v.comparison) return v.comparison.currentValue;
  const s = [...(m?.samples ?? [])].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) * 0.75)] as number) : NaN;
}
