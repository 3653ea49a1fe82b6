import { getMetric } from '../metrics.js';
import type { CompareMethod, CompareOptions } from './compare-types.js';
import { DEFAULT_COMPARE_OPTIONS } from './compare-samples.js';
import { SEED_MIN_RELATIVE_CHANGE } from './z-score-compare.js';

/** Byte counts (bundle metrics, transfer) are deterministic: one sample per run, compared exactly. */
function isByteCount(metricId: string): boolean {
  return metricId.startsWith('bundle.') || metricId === 'transfer';
}

/**
 * Comparison options for a catalogue metric: its direction, its floor as `minAbsoluteChange`
 * (metric's unit), and `method: 'exact'` for deterministic byte counts (bundle metrics, transfer);
 * every other field is the default, except that `method: 'z-score'` without a `minRelativeChange`
 * gets the seed's 15% gate. `overrides` win over everything.
 */
export function optionsForMetric(metricId: string, overrides: Partial<CompareOptions> = {}): CompareOptions {
  const def = getMetric(metricId);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<CompareOptions>;
  const options: CompareOptions = {
    ...DEFAULT_COMPARE_OPTIONS,
    direction: def.direction,
    minAbsoluteChange: def.floor,
    method: isByteCount(metricId) ? 'exact' : 'auto',
    ...defined,
  };
  if (options.method === 'z-score' && defined.minRelativeChange === undefined) options.minRelativeChange = SEED_MIN_RELATIVE_CHANGE;
  return options;
}

/**
 * Overrides for the config's `regression.method` and `regression.minRelativeChange` (unitless) on one
 * metric. Byte counts keep `exact` whatever the method (the other methods need ≥ 5 samples and would
 * say `inconclusive`). With `z-score`, a `minRelativeChange` equal to the 0.10 default is taken as
 * not set, so the seed's 15% gate applies; any other value is used as given.
 */
export function configuredMethodOptions(metricId: string, method: CompareMethod, minRelativeChange: number): Partial<CompareOptions> {
  const out: Partial<CompareOptions> = {};
  if (method !== 'auto' && !isByteCount(metricId)) out.method = method;
  if (out.method !== 'z-score' || minRelativeChange !== DEFAULT_COMPARE_OPTIONS.minRelativeChange) out.minRelativeChange = minRelativeChange;
  return out;
}
