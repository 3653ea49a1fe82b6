import { describe, expect, it } from 'vitest';
import type { MetricWithAttribution } from 'web-vitals/attribution';
import { encodeMetric } from './encode-metric.js';

const metric = (m: Record<string, unknown>) => m as unknown as MetricWithAttribution;

describe('encodeMetric', () => {
  it('rounds ms to whole ms and CLS to 4 decimals, without attribution when good', () => {
    expect(encodeMetric(metric({ name: 'LCP', value: 1234.56, rating: 'good', attribution: { target: 'img.hero' } }))).toEqual(['LCP', 1235]);
    expect(encodeMetric(metric({ name: 'CLS', value: 0.123456, rating: 'needs-improvement', attribution: {} }))).toEqual(['CLS', 0.1235]);
  });
  it('adds a truncated target when the rating is not good', () => {
    const long = 'div.'.repeat(60);
    const e = encodeMetric(metric({ name: 'INP', value: 612, rating: 'poor', attribution: { interactionTarget: long } }));
    expect(e[0]).toBe('INP');
    expect(e[2]).toHaveLength(100);
  });
});
