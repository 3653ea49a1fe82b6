import { describe, expect, it } from 'vitest';
import { BUNDLE_FLOOR_BYTES, getMetric, METRICS, VITALS } from './metrics.js';

describe('metric catalogue', () => {
  it('carries the web.dev good / poor thresholds and the floors of every vital', () => {
    const table = Object.fromEntries(Object.values(VITALS).map((m) => [m.id, [m.unit, m.good, m.poor, m.floor]]));
    expect(table).toEqual({
      LCP: ['ms', 2500, 4000, 50],
      FCP: ['ms', 1800, 3000, 50],
      CLS: ['unitless', 0.1, 0.25, 0.01],
      INP: ['ms', 200, 500, 20],
      TTFB: ['ms', 800, 1800, 50],
      TBT: ['ms', 200, 600, 50],
    });
    for (const m of Object.values(VITALS)) {
      expect(m.direction).toBe('lower-is-better');
      expect(m.source).toMatch(/^https:\/\/web\.dev\/articles\//);
    }
  });

  it('defines every bundle kind × compression in bytes with a 1 KB floor', () => {
    for (const kind of ['js', 'css', 'media', 'total']) {
      for (const compression of ['raw', 'gzip', 'brotli']) {
        expect(getMetric(`bundle.${kind}.${compression}`)).toMatchObject({ unit: 'bytes', direction: 'lower-is-better', floor: 1024 });
      }
    }
    expect(BUNDLE_FLOOR_BYTES).toBe(1024);
    expect(METRICS.transfer.floor).toBe(1024);
    expect(Object.keys(METRICS)).toHaveLength(6 + 12 + 2);
  });

  it('gives custom metrics a generic ms definition with no floor', () => {
    expect(getMetric('custom:checkout-submit')).toMatchObject({ name: 'checkout-submit', unit: 'ms', direction: 'lower-is-better', floor: 0 });
  });
});
