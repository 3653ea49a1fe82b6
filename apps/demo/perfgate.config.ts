/**
 * DomainFlow's perf budgets and regression settings (read by withPerfgate at `next build`, by
 * @perfgate/playwright in the perf suite, and by `pnpm demo`).
 *
 * Lab numbers are for an unthrottled Chromium on 127.0.0.1. The floors are set between two measured
 * sizes: how far a clean run moves from the committed baseline when the same 2-core CI machine is slower
 * on another day (up to +350 ms FCP, +200 ms INP median / 376 ms p75, +250 ms TBT), and the smallest
 * injected regression (+0.2 CLS, +800 ms INP, +2 s TTFB/FCP). The INP budget is web.dev's: good
 * ≤ 200 ms, poor > 500 ms.
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
          INP: { warn: 200, error: 500 },
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
    floors: { TTFB: 1000, FCP: 1000, LCP: 1000, INP: 300, TBT: 500, CLS: 0.05 },
    failOn: 'any',
    bundle: { maxIncreasePercent: 5, maxIncreaseBytes: '2 kB' },
  },
  baseline: { strategy: 'rolling', keepRuns: 5 },
  lab: { runs: 5, throttling: 'none' },
});
