/** Property tests (fast-check) for the statistics: invariances every gate relies on. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples.js';
import { summarize } from './summarize.js';

const positive = fc.double({ min: 0.5, max: 10_000, noNaN: true, noDefaultInfinity: true });
const sample = fc.array(positive, { minLength: 0, maxLength: 30 });
const anyNumber = fc.oneof(fc.double(), fc.constant(0), fc.integer({ min: -5, max: 5 }));
const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });
const finite = (v: number): boolean => Number.isFinite(v);

describe('statistics properties', () => {
  it('shuffling baseline or current changes nothing', () => {
    fc.assert(
      fc.property(sample, sample, (b, c) =>
        fc.assert(
          fc.property(shuffled(b), shuffled(c), (b2, c2) => {
            expect(compareSamples(b2, c2)).toEqual(compareSamples(b, c));
          }),
          { numRuns: 3 },
        ),
      ),
      { numRuns: 60 },
    );
  });

  it('shuffling samples within baseline runs changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.array(positive, { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 4 }), sample, (runs, c) => {
        const reversed = runs.map((r) => [...r].reverse());
        expect(compareSamples(reversed, [...c].reverse())).toEqual(compareSamples(runs, c));
      }),
      { numRuns: 80 },
    );
  });

  it('comparing a sample with itself is never regressed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(positive, fc.constant(0), fc.integer({ min: 0, max: 50 })), { maxLength: 40 }), fc.constantFrom('auto', 'z-score', 'exact', 'mann-whitney-hl') as fc.Arbitrary<'auto'>, (x, method) => {
        const c = compareSamples(x, x, { method });
        expect(c.verdict).not.toBe('regressed');
        expect(c.verdict).not.toBe('improved');
        expect(c.relativeChange).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('scaling both sides leaves relativeChange (and the verdict) unchanged', () => {
    // Values with 2 decimals (like ms timings) so that scaling cannot merge two values into a tie by rounding.
    const timing = fc.integer({ min: 0, max: 1_000_000 }).map((v) => v / 100);
    const timings = fc.array(timing, { maxLength: 30 });
    fc.assert(
      fc.property(timings, timings, fc.constantFrom(0.001, 0.5, 3, 1000, 2 ** 20), (b, c, k) => {
        const a = compareSamples(b, c);
        const s = compareSamples(b.map((v) => v * k), c.map((v) => v * k));
        expect(s.relativeChange).toBeCloseTo(a.relativeChange, 6);
        expect(s.verdict).toBe(a.verdict);
        expect(s.pValue).toBeCloseTo(a.pValue, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('never yields NaN or Infinity, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 25 }), fc.array(anyNumber, { maxLength: 25 }), fc.constantFrom('auto', 'z-score', 'exact', 'run-medians', 'mann-whitney-hl') as fc.Arbitrary<'auto'>, (b, c, method) => {
        const r = compareSamples(b, c, { method });
        for (const v of [r.relativeChange, r.absoluteChange, r.pValue, ...r.interval, r.baselineValue, r.currentValue]) expect(finite(v)).toBe(true);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        const s = summarize(b);
        for (const v of Object.values(s)) expect(finite(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a larger current shift never lowers the relative change', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 5, maxLength: 20 }), fc.array(positive, { minLength: 5, maxLength: 20 }), (b, c) => {
        const r1 = compareSamples(b, c).relativeChange;
        const r2 = compareSamples(b, c.map((v) => v * 1.5)).relativeChange;
        expect(r2).toBeGreaterThanOrEqual(r1 - 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
