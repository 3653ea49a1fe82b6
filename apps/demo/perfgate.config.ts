/**
 * DomainFlow's perf budgets and regression settings (read by withPerfgate at `next build`, by
 * @perfgate/playwright in the perf suite, and by `pnpm demo`).
 *
 * Lab numbers are for an unthrottled Chromium on 127.0.0.1, so they are far below web.dev's field
 * thresholds; the floors keep the noise of a shared 2-core CI machine from ever counting as a
 * regression, while every injected regression (≥ 0.2 CLS, ≥ 500 ms INP, ≥ 2 s TTFB/FCP) clears them.
 */
import { defineConfig } from '@perfgate/core';

export default defineConfig({
  budgets: {
    routes: [
      {
        // First-load JavaScript per route (gzip), both routers. Clean: 115–140 kB; the lodash regression adds ~25 kB.
        match: '**',
        metrics: {
          'bundle.js.gzip': { warn: '150 kB', error: '160 kB' },
        },
      },
      {
        match: ['/dashboard', '/campaigns', '/campaigns/new', '/personas', '/proxies', '/legacy-report'],
        metrics: {
          TTFB: { warn: 600, error: 1000 },
          FCP: { warn: 1000, error: 1500 },
          LCP: { warn: 1200, error: 1800 },
          CLS: { warn: 0.05, error: 0.1 },
          INP: { warn: 200, error: 300 },
        },
      },
    ],
    build: {
      js: { warn: '1.1 MB', error: '1.3 MB' },
      css: { error: '50 kB' },
    },
  },
  regression: {
    alpha: 0.01,
    minRelativeChange: 0.2,
    floors: { TTFB: 300, FCP: 300, LCP: 300, INP: 100, TBT: 250, CLS: 0.05 },
    failOn: 'any',
    bundle: { maxIncreasePercent: 5, maxIncreaseBytes: '2 kB' },
  },
  baseline: { strategy: 'rolling', keepRuns: 5 },
  lab: { runs: 5, throttling: 'none' },
});
