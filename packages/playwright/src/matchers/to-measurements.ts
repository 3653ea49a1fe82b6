/**
 * Turns `collect()` / `sample()` results into core {@link Measurement}s (measured metrics only) and a
 * list of the missing ones with their reasons.
 */
import type { Measurement } from '@perfgate/core';
import type { MetricResult, PerfResult } from '../collect/result.js';
import type { PerfSampleSet } from '../collect/sample-set.js';

/** The samples of a metric result: `samples` of a sample set, else `[value]`. */
export function samplesOf(m: MetricResult & { samples?: number[] }): number[] {
  if (m.samples) return m.samples;
  return m.status === 'measured' && m.value !== null ? [m.value] : [];
}

/** Measurements of one result or sample set. */
export function toMeasurements(result: PerfResult | PerfSampleSet): { measurements: Measurement[]; missing: MetricResult[] } {
  const measurements: Measurement[] = [];
  const missing: MetricResult[] = [];
  for (const m of Object.values(result.metrics) as Array<MetricResult & { samples?: number[] }>) {
    const samples = samplesOf(m);
    if (samples.length === 0) {
      missing.push(m);
      continue;
    }
    measurements.push({
      route: result.route,
      metric: m.metric as Measurement['metric'],
      unit: m.unit,
      samples,
      ...(m.attribution ? { attribution: m.attribution } : {}),
    });
  }
  return { measurements, missing };
}

/** Is this value a perfgate result? */
export function isPerfResult(value: unknown): value is PerfResult | PerfSampleSet {
  const v = value as Partial<PerfResult> | null;
  return !!v && typeof v === 'object' && typeof v.route === 'string' && !!v.metrics && typeof v.metrics === 'object';
}
