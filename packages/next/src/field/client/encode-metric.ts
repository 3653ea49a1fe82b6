import type { MetricWithAttribution } from 'web-vitals/attribution';
import { MAX_TARGET_LENGTH, type BeaconEntry } from '../protocol.js';

/**
 * Turns a web-vitals metric into a compact beacon entry: ms values rounded to whole ms, CLS to 4 decimals.
 * The attribution target (a CSS selector) is sent only when the rating is not "good": that is when
 * someone will want to know which element, and it keeps the common beacon small.
 */
export function encodeMetric(metric: MetricWithAttribution): BeaconEntry {
  const value = metric.name === 'CLS' ? Math.round(metric.value * 10_000) / 10_000 : Math.round(metric.value);
  if (metric.rating === 'good') return [metric.name, value];
  const target = attributionTarget(metric);
  return target ? [metric.name, value, target.slice(0, MAX_TARGET_LENGTH)] : [metric.name, value];
}

function attributionTarget(metric: MetricWithAttribution): string | undefined {
  switch (metric.name) {
    case 'LCP':
      return metric.attribution.target;
    case 'INP':
      return metric.attribution.interactionTarget;
    case 'CLS':
      return metric.attribution.largestShiftTarget;
    default:
      return undefined;
  }
}
