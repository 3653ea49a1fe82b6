/**
 * What each injectable regression is and which gate must catch it. Shared by `scripts/demo.mjs` (to
 * say whether the regression was caught) and `test/demo.e2e.test.ts` (to assert it).
 *
 * - `gates`: the gates meant to fail (and only they may fail);
 * - `metrics`: the metrics whose failure is the catch, on `route`;
 * - `consequences`: metrics that move with the cause by definition and may fail too
 *   (FCP and LCP include TTFB; a slow interaction is also a long task, counted in TBT; deep copies
 *   leave garbage in the JS heap until the next collection);
 * - `consequenceRoutes`: pseudo-routes whose failures follow from the cause (`(build)`: build-wide totals).
 */
export const REGRESSIONS = {
  bundle: {
    route: '/campaigns/new',
    gates: ['bundle', 'lint'],
    metrics: ['bundle.js.gzip', 'bundle.js.brotli', 'bundle.js.raw', 'bundle.total.gzip', 'bundle.total.brotli', 'bundle.total.raw'],
    consequences: [],
    consequenceRoutes: ['(build)'],
    cause: 'the campaign form imports the whole of lodash (src/regressions/bundle/campaign-validation.ts)',
    lintRule: 'no-heavy-imports',
    files: ['src/regressions/bundle'],
    buildTime: true,
  },
  render: {
    route: '/campaigns',
    gates: ['lab', 'lint'],
    metrics: ['INP'],
    // The sort's JSON deep copies allocate ~n·log n × 730 objects; the heap read after the click holds
    // what was not yet collected (+1.3 MB, +21% seen).
    consequences: ['TBT', 'heap'],
    cause: 'the campaign table sorts in render with a JSON deep copy and a new Intl.NumberFormat per comparison (src/regressions/render)',
    lintRule: 'no-expensive-render-work',
    files: ['src/regressions/render'],
    buildTime: false,
  },
  'layout-shift': {
    route: '/dashboard',
    gates: ['lab'],
    metrics: ['CLS'],
    consequences: [],
    cause: 'a client-only promo banner is inserted above the KPI cards after hydration (src/regressions/layout-shift)',
    files: ['src/regressions/layout-shift'],
    buildTime: false,
  },
  blocking: {
    route: '/legacy-report',
    gates: ['lab'],
    metrics: ['FCP', 'LCP'],
    consequences: [],
    cause: 'a synchronous third-party script in <head> that takes 2 s to download (src/regressions/blocking)',
    files: ['src/regressions/blocking'],
    buildTime: false,
  },
  'slow-server': {
    route: '/proxies',
    gates: ['lab'],
    metrics: ['TTFB'],
    consequences: ['FCP', 'LCP'],
    cause: 'the page awaits a 2 s upstream health check before sending any byte (src/regressions/slow-server)',
    files: ['src/regressions/slow-server'],
    buildTime: false,
  },
};

/** Regression kinds, in the order the demo lists them. */
export const REGRESSION_KINDS = Object.keys(REGRESSIONS);
