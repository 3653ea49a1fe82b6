import { getMetric } from '../metrics.js';
import type { CompareOptions } from './compare-types.js';
import { DEFAULT_COMPARE_OPTIONS } from './compare-samples.js';

/**
 * Comparison options for a catalogue metric: its direction, its floor as `minAbsoluteChange`
 * (metric's unit), and `method: 'exact'` for deterministic byte counts (bundle metrics, transfer);
 * every other field is the default. `overrides` win over everything.
 */
export function optionsForMetric(metricId: string, overrides: Partial<CompareOptions> = {}): CompareOptions {
  const def = getMetric(metricId);
  const deterministic = metricId.startsWith('bundle.') || metricId === 'transfer';
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<CompareOptions>;
  return {
    ...DEFAULT_COMPARE_OPTIONS,
    direction: def.direction,
    minAbsoluteChange: def.floor,
    method: deterministic ? 'exact' : 'auto',
    ...defined,
  };
}
