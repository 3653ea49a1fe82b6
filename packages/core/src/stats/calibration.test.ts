/**
 * Seeded calibration checks: on unchanged data shaped like CI results, the default verdict rarely
 * says `regressed`. Seeds are fixed, so these are deterministic (the full study is bench/regression-accuracy).
 */
import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples.js';
import { seededUniform, standardNormal } from './seeded-random.testutil.js';

const rng = seededUniform;
const normal = standardNormal;

/** One CI run: 20 samples, σ_log 0.10, a per-run offset σ_log 0.03, 10% of samples 2–3× slower. */
function ciRun(u: () => number, factor = 1): number[] {
  const offset = Math.exp(0.03 * normal(u));
  return Array.from({ length: 20 }, () => {
    const v = 1000 * factor * offset * Math.exp(0.1 * normal(u));
    return Math.round(u() < 0.1 ? v * (2 + u()) : v);
  });
}

describe('calibration on unchanged CI-like data', () => {
  it('one baseline run: at most 1% false alarms over 400 seeded comparisons', () => {
    const u = rng(2024);
    let alarms = 0;
    for (let i = 0; i < 400; i++) if (compareSamples(ciRun(u), ciRun(u)).verdict === 'regressed') alarms++;
    expect(alarms).toBeLessThanOrEqual(4);
  });

  it('five baseline runs: at most 1% false alarms, and a 30% regression is found', () => {
    const u = rng(7);
    let alarms = 0;
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const baseline = Array.from({ length: 5 }, () => ciRun(u));
      if (compareSamples(baseline, ciRun(u)).verdict === 'regressed') alarms++;
      if (compareSamples(baseline, ciRun(u, 1.3)).verdict === 'regressed') found++;
    }
    expect(alarms).toBeLessThanOrEqual(2);
    expect(found).toBeGreaterThanOrEqual(180);
  });
});
