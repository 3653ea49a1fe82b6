import type { Severity } from '../model.js';
import type { Direction } from './compare-types.js';

/** Seed thresholds: critical at ≥ 25% or z ≥ 3; warning at ≥ 15% or z ≥ 2 (relative unitless, z in σ). */
export const SEVERITY_THRESHOLDS = {
  critical: { relative: 0.25, z: 3 },
  warning: { relative: 0.15, z: 2 },
} as const;

/**
 * Severity of a regression, as in the seed. `relativeChange` is signed (+ = larger value); `z` is the
 * size of the change in baseline standard deviations (unitless, ≥ 0; 0 when unknown).
 */
export function severityOf(relativeChange: number, z: number, direction: Direction): Severity {
  const worse = direction === 'lower-is-better' ? relativeChange : -relativeChange;
  const { critical, warning } = SEVERITY_THRESHOLDS;
  if (worse >= critical.relative || z >= critical.z) return 'critical';
  if (worse >= warning.relative || z >= warning.z) return 'warning';
  return 'info';
}
