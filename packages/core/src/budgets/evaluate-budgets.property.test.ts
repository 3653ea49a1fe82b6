import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetStatusFor, evaluateBudgets } from './evaluate-budgets.js';
import type { BudgetsConfig } from '../config/schema.js';
import type { Measurement } from '../model.js';

const RANK = { ok: 0, warn: 1, error: 2 } as const;

const limitsArb = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
  .map(([a, b]) => ({ warn: Math.min(a, b), error: Math.max(a, b) }));

describe('evaluateBudgets properties', () => {
  it('a larger value never gets a better status; violations are exactly the non-ok statuses with overBy > 0', () => {
    fc.assert(
      fc.property(limitsArb, fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 5_000 }), (limits, x, d) => {
        const budgets: BudgetsConfig = { routes: [{ match: ['/**'], metrics: { LCP: limits } }], build: {} };
        const m = (v: number): Measurement => ({ route: '/a/b', metric: 'LCP', unit: 'ms', samples: [v] });
        const lo = budgetStatusFor(m(x), budgets);
        const hi = budgetStatusFor(m(x + d), budgets);
        expect(lo && hi).toBeTruthy();
        expect(RANK[(hi as { status: keyof typeof RANK }).status]).toBeGreaterThanOrEqual(RANK[(lo as { status: keyof typeof RANK }).status]);
        const v = evaluateBudgets([m(x)], budgets);
        expect(v.length).toBe(lo?.status === 'ok' ? 0 : 1);
        for (const violation of v) {
          expect(violation.overBy).toBeGreaterThan(0);
          expect(violation.actual - violation.limit).toBe(violation.overBy);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the order of measurements does not change the violations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('/', '/a', '/b/c'), fc.integer({ min: 0, max: 300_000 })), { maxLength: 20 }), (items) => {
        const budgets: BudgetsConfig = { routes: [{ match: ['/**'], metrics: { 'bundle.js.gzip': { warn: 100_000, error: 150_000 } } }], build: {} };
        const ms: Measurement[] = items.map(([route, bytes]) => ({ route, metric: 'bundle.js.gzip', unit: 'bytes', samples: [bytes] }));
        const key = (v: ReturnType<typeof evaluateBudgets>) => v.map((x) => `${x.level} ${x.route} ${x.actual}`).sort();
        expect(key(evaluateBudgets([...ms].reverse(), budgets))).toEqual(key(evaluateBudgets(ms, budgets)));
      }),
    );
  });
});
