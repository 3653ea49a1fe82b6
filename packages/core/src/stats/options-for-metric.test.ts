import { describe, expect, it } from 'vitest';
import { optionsForMetric } from './options-for-metric.js';

describe('optionsForMetric', () => {
  it('takes direction and floor from the catalogue', () => {
    expect(optionsForMetric('LCP')).toMatchObject({ direction: 'lower-is-better', minAbsoluteChange: 50, method: 'auto', alpha: 0.01, minRelativeChange: 0.1 });
    expect(optionsForMetric('CLS').minAbsoluteChange).toBe(0.01);
    expect(optionsForMetric('INP').minAbsoluteChange).toBe(20);
  });

  it('compares bundle metrics exactly with a 1 KB floor', () => {
    expect(optionsForMetric('bundle.js.gzip')).toMatchObject({ method: 'exact', minAbsoluteChange: 1024 });
  });

  it('lets overrides win, ignoring undefined ones', () => {
    expect(optionsForMetric('LCP', { minAbsoluteChange: 10, alpha: undefined })).toMatchObject({ minAbsoluteChange: 10, alpha: 0.01 });
  });

  it('gives custom metrics a zero floor', () => {
    expect(optionsForMetric('custom:checkout')).toMatchObject({ minAbsoluteChange: 0, direction: 'lower-is-better' });
  });
});
