/** Playwright config of the shard/merge test: tests attach perfgate results; the reporter writes into PERFGATE_SHARD_OUT. */
import { defineConfig } from '@playwright/test';

const out = process.env.PERFGATE_SHARD_OUT ?? '.';

export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  outputDir: `${out}/test-results`,
  workers: 2,
  fullyParallel: true,
  // PERFGATE_FAIL_ON_REGRESSION=0 lets reporter-gate.test.ts check failOnRegression: false.
  reporter: [['dot'], ['@perfgate/playwright/reporter', { cwd: out, ...(process.env.PERFGATE_FAIL_ON_REGRESSION === '0' ? { failOnRegression: false } : {}) }]],
});
