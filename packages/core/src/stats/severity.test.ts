import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples.js';
import { severityOf } from './severity.js';

describe('severityOf (seed thresholds)', () => {
  it('grades by relative change in the worse direction', () => {
    expect(severityOf(0.3, 0, 'lower-is-better')).toBe('critical');
    expect(severityOf(0.25, 0, 'lower-is-better')).toBe('critical');
    expect(severityOf(0.16, 0, 'lower-is-better')).toBe('warning');
    expect(severityOf(0.11, 0, 'lower-is-better')).toBe('info');
    expect(severityOf(-0.3, 0, 'higher-is-better')).toBe('critical');
    expect(severityOf(0.3, 0, 'higher-is-better')).toBe('info');
  });

  it('grades by z when the relative change is small', () => {
    expect(severityOf(0.11, 3, 'lower-is-better')).toBe('critical');
    expect(severityOf(0.11, 2, 'lower-is-better')).toBe('warning');
  });

  it('only regressions carry a severity above info', () => {
    const b = [100, 101, 99, 100, 102, 98, 100, 101, 99, 100];
    const improved = compareSamples(b, b.map((v) => v * 0.5), { runToRunCv: 0 });
    expect(improved.verdict).toBe('improved');
    expect(improved.severity).toBe('info');
    const regressed = compareSamples(b, b.map((v) => v * 1.12), { runToRunCv: 0 });
    expect(regressed.verdict).toBe('regressed');
    // 12% is below the 15% warning line, but the shift is many baseline MADs: z ≥ 3 → critical.
    expect(regressed.z).toBeGreaterThanOrEqual(3);
    expect(regressed.severity).toBe('critical');
  });
});
