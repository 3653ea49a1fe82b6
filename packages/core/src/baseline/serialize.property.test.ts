import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline } from './read-baseline.js';
import { formatBaselineKey } from './keys.js';
import type { BaselineData, BaselineEntry } from './types.js';

const entryArb = fc
  .record({
    route: fc.constantFrom('/', '/dashboard', '/campaigns/[id]', '/(marketing)/about', 'a "quoted" route'),
    metric: fc.constantFrom('LCP', 'CLS', 'bundle.js.gzip', 'custom:flow') as fc.Arbitrary<BaselineEntry['metric']>,
    env: fc.constantFrom('bundler=webpack', 'browser=chromium,throttling=mobile'),
    unit: fc.constantFrom('ms', 'bytes', 'unitless') as fc.Arbitrary<BaselineEntry['unit']>,
    runs: fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 8 }),
        time: fc.integer({ min: 0, max: 2_000_000_000_000 }).map((t) => new Date(t).toISOString()),
        samples: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { maxLength: 6 }),
      }),
      { maxLength: 4 },
    ),
  });

const dataArb: fc.Arbitrary<BaselineData> = fc.array(entryArb, { maxLength: 6 }).map((entries) => ({
  schemaVersion: 1,
  entries: Object.fromEntries(entries.map((e) => [formatBaselineKey(e), e])),
}));

describe('baseline serialization', () => {
  it('round-trips and is independent of insertion order (stable diffs)', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const text = serializeBaseline(data);
        const back = parseBaseline(JSON.parse(text), 'mem');
        expect(serializeBaseline(back)).toBe(text);
        const reversed: BaselineData = { schemaVersion: 1, entries: Object.fromEntries(Object.entries(data.entries).reverse()) };
        expect(serializeBaseline(reversed)).toBe(text);
        for (const [k, e] of Object.entries(data.entries)) expect(back.entries[k]?.runs.map((r) => r.samples)).toEqual(e.runs.map((r) => r.samples.map((x) => (Object.is(x, -0) ? 0 : x))));
      }),
      { numRuns: 200 },
    );
  });
});
