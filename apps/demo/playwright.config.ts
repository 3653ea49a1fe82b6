/**
 * Playwright config of the demo's perf suite. `pnpm demo` starts `next start` on a free 127.0.0.1 port
 * and passes its URL in PERFGATE_DEMO_BASE_URL; samples per route come from PERFGATE_DEMO_RUNS
 * (default: perfgate.config `lab.runs`).
 */
import { defineConfig } from '@playwright/test';
import { perfgateLaunchOptions } from '@perfgate/playwright';
import type { PerfTestOptions } from '@perfgate/playwright';

const runs = process.env.PERFGATE_DEMO_RUNS ? Number(process.env.PERFGATE_DEMO_RUNS) : undefined;

export default defineConfig<PerfTestOptions>({
  testDir: './e2e',
  // One worker: samples from parallel browsers on a 2-core machine would measure the contention.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['@perfgate/playwright/reporter', { reportName: 'lab' }]],
  use: {
    baseURL: process.env.PERFGATE_DEMO_BASE_URL ?? 'http://127.0.0.1:3000',
    launchOptions: perfgateLaunchOptions(),
    perfOptions: { throttling: 'none', ...(runs ? { runs } : {}) },
  },
});
