import { getMetric } from '@perfgate/core';
import type { FieldMetricId } from '../protocol.js';

/** Counts and a bounded sample of one route × metric in one window. */
export interface Series {
  route: string;
  metric: FieldMetricId;
  /** Values seen (count), including those not kept in the reservoir. */
  count: number;
  /** Values rated good / needs improvement / poor by core's catalogue thresholds (count). */
  good: number;
  needsImprovement: number;
  poor: number;
  /** Uniform random sample of at most `maxSamples` values (Algorithm R), metric's unit. */
  samples: number[];
  /** Most frequent attribution targets (CSS selector → count), at most `MAX_TARGETS`. */
  targets: Map<string, number>;
}

/** Distinct attribution targets kept per series (count). */
export const MAX_TARGETS = 10;

/** A new empty series. */
export function createSeries(route: string, metric: FieldMetricId): Series {
  return { route, metric, count: 0, good: 0, needsImprovement: 0, poor: 0, samples: [], targets: new Map() };
}

/** Rates a value with core's catalogue thresholds (web.dev: good ≤ good, poor > poor). */
export function rate(metric: FieldMetricId, value: number): 'good' | 'needs-improvement' | 'poor' {
  const def = getMetric(metric);
  if (def.good !== undefined && value <= def.good) return 'good';
  if (def.poor !== undefined && value <= def.poor) return 'needs-improvement';
  return 'poor';
}

/**
 * Adds one value to a series, keeping memory bounded: counts are exact, samples are a reservoir of at most
 * `maxSamples` (count), targets at most {@link MAX_TARGETS}.
 */
export function addToSeries(series: Series, value: number, target: string | undefined, maxSamples: number, random: () => number): void {
  series.count += 1;
  const rating = rate(series.metric, value);
  if (rating === 'good') series.good += 1;
  else if (rating === 'poor') series.poor += 1;
  else series.needsImprovement += 1;
  if (series.samples.length < maxSamples) series.samples.push(value);
  else {
    const j = Math.floor(random() * series.count);
    if (j < maxSamples) series.samples[j] = value;
  }
  if (target !== undefined) {
    const seen = series.targets.get(target);
    if (seen !== undefined) series.targets.set(target, seen + 1);
    else if (series.targets.size < MAX_TARGETS) series.targets.set(target, 1);
  }
}
