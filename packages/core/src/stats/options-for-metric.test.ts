import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parse-config.js';
import { compareOptionsFor } from '../report/build-report.js';
import { compareSamples } from './compare-samples.js';
import { configuredMethodOptions, optionsForMetric } from './options-for-metric.js';

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

describe('z-score options', () => {
  it('gives z-score the seed 15% gate unless minRelativeChange is given', () => {
    expect(optionsForMetric('LCP', { method: 'z-score' }).minRelativeChange).toBe(0.15);
    expect(optionsForMetric('LCP', { method: 'z-score', minRelativeChange: 0.05 }).minRelativeChange).toBe(0.05);
    expect(optionsForMetric('LCP').minRelativeChange).toBe(0.1);
  });

  it('configuredMethodOptions keeps byte counts exact and treats the 0.10 default as unset for z-score', () => {
    expect(configuredMethodOptions('LCP', 'z-score', 0.1)).toEqual({ method: 'z-score' });
    expect(configuredMethodOptions('LCP', 'z-score', 0.2)).toEqual({ method: 'z-score', minRelativeChange: 0.2 });
    expect(configuredMethodOptions('LCP', 'auto', 0.1)).toEqual({ minRelativeChange: 0.1 });
    expect(configuredMethodOptions('bundle.js.gzip', 'z-score', 0.1)).toEqual({ minRelativeChange: 0.1 });
  });
});

describe('regression.method in the config', () => {
  const config = (regression: Record<string, unknown>) => parseConfig({ regression }, 'perfgate.config.json');

  it("defaults to 'auto' and rejects unknown methods naming the choices", () => {
    expect(config({}).regression.method).toBe('auto');
    expect(() => config({ method: 'bayes' })).toThrow(/regression\.method: found "bayes"; expected one of "auto" \| "mann-whitney-hl" \| "run-medians" \| "z-score" \| "exact"/);
  });

  it("reaches compareSamples: 'z-score' runs the seed rule with its 15% gate; bundle metrics stay exact", () => {
    const zOptions = compareOptionsFor('LCP', config({ method: 'z-score' }));
    expect(zOptions).toMatchObject({ method: 'z-score', minRelativeChange: 0.15, minAbsoluteChange: 50 });
    expect(compareOptionsFor('LCP', config({ method: 'z-score', minRelativeChange: 0.12 })).minRelativeChange).toBe(0.12);
    expect(compareOptionsFor('bundle.js.gzip', config({ method: 'z-score' })).method).toBe('exact');
    expect(compareOptionsFor('LCP', config({})).method).toBe('auto');

    // A clear +12% shift (z ≈ 20): under the seed rule's 15% gate it is unchanged; with an explicit
    // 11% gate, and at +20%, it is regressed.
    const baseline = [1000, 1010, 990, 1005, 995, 1002, 998, 1001, 999, 1000];
    const current = baseline.map((v) => v * 1.12);
    const z = compareSamples(baseline, current, zOptions);
    expect(z.method).toBe('z-score');
    expect(z.verdict).toBe('unchanged');
    expect(compareSamples(baseline, current, compareOptionsFor('LCP', config({ method: 'z-score', minRelativeChange: 0.11 }))).verdict).toBe('regressed');
    expect(compareSamples(baseline, baseline.map((v) => v * 1.2), zOptions).verdict).toBe('regressed');
  });
});
