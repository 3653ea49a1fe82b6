import { describe, expect, it } from 'vitest';
import { evaluateBudgets, budgetStatusFor } from './evaluate-budgets.js';
import { parseConfig } from '../config/parse-config.js';
import type { Measurement } from '../model.js';
import { BUILD_ROUTE } from './build-totals.js';

const budgets = parseConfig(
  {
    budgets: {
      build: { js: { error: '244 KiB' }, css: { error: '50 kB' }, media: { error: '500 kB' }, total: { error: '1 MB' } },
      routes: [
        { match: '/**', metrics: { 'bundle.js.gzip': { warn: '100 kB', error: '150 kB' }, LCP: { warn: 2500, error: 4000 } } },
        { match: ['/campaigns/**', '/(marketing)/*'], metrics: { 'bundle.js.gzip': { error: '200 kB' } } },
        { match: '/checkout', metrics: { 'custom:checkout-submit': { error: '300 ms' } } },
      ],
    },
  },
  'test',
).budgets;

const m = (route: string, metric: Measurement['metric'], samples: number[], unit: Measurement['unit'] = 'bytes'): Measurement => ({ route, metric, unit, samples });

describe('evaluateBudgets', () => {
  it('reports route, metric, level, actual, limit and overBy; errors first', () => {
    const v = evaluateBudgets(
      [
        m('/', 'bundle.js.gzip', [120_000]),
        m('/dashboard', 'bundle.js.gzip', [160_000]),
        m('/settings', 'bundle.js.gzip', [150_000]), // equal to the limit passes the error level
      ],
      budgets,
    );
    expect(v).toEqual([
      { route: '/dashboard', metric: 'bundle.js.gzip', level: 'error', actual: 160_000, limit: 150_000, overBy: 10_000 },
      { route: '/', metric: 'bundle.js.gzip', level: 'warn', actual: 120_000, limit: 100_000, overBy: 20_000 },
      { route: '/settings', metric: 'bundle.js.gzip', level: 'warn', actual: 150_000, limit: 100_000, overBy: 50_000 },
    ]);
  });

  it('later matching entries override earlier ones per level; route groups and dynamic segments match literally', () => {
    expect(budgetStatusFor(m('/campaigns/[id]', 'bundle.js.gzip', [180_000]), budgets)).toEqual({ status: 'warn', limit: 100_000, actual: 180_000 });
    expect(budgetStatusFor(m('/(marketing)/about', 'bundle.js.gzip', [210_000]), budgets)).toEqual({ status: 'error', limit: 200_000, actual: 210_000 });
    expect(budgetStatusFor(m('/x', 'bundle.js.gzip', [1]), budgets)).toEqual({ status: 'ok', limit: 150_000, actual: 1 });
    expect(budgetStatusFor(m('/x', 'CLS', [1], 'unitless'), budgets)).toBeUndefined();
  });

  it('uses the p75 of lab samples and checks custom metrics', () => {
    const lcp = m('/', 'LCP', [1000, 2000, 3000, 5000, 5000], 'ms');
    expect(evaluateBudgets([lcp], budgets)).toEqual([{ route: '/', metric: 'LCP', level: 'error', actual: 5000, limit: 4000, overBy: 1000 }]);
    expect(evaluateBudgets([m('/checkout', 'custom:checkout-submit', [310], 'ms')], budgets)[0]).toMatchObject({ level: 'error', limit: 300 });
    expect(evaluateBudgets([m('/other', 'custom:checkout-submit', [310], 'ms')], budgets)).toEqual([]);
  });

  it('applies build-wide totals (raw bytes) to the (build) route only', () => {
    const v = evaluateBudgets(
      [m(BUILD_ROUTE, 'bundle.js.raw', [250_000]), m(BUILD_ROUTE, 'bundle.css.raw', [40_000]), m(BUILD_ROUTE, 'bundle.total.raw', [1_200_000]), m('/', 'bundle.js.raw', [900_000])],
      budgets,
    );
    expect(v.map((x) => [x.metric, x.limit])).toEqual([
      ['bundle.js.raw', 249_856],
      ['bundle.total.raw', 1_000_000],
    ]);
  });

  it('ignores measurements without finite samples', () => {
    expect(evaluateBudgets([m('/', 'LCP', [], 'ms'), m('/', 'LCP', [Number.NaN], 'ms')], budgets)).toEqual([]);
  });
});
