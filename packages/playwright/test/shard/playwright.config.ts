/** Playwright config of the shard/merge test: tests attach perfgate results; the reporter writes into PERFGATE_SHARD_OUT. */
import { defineConfig } from '@playwright/test';

const out = process.env.PERFGATE_SHARD_OUT ?? '.';

export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  outputDir: `${out}/test-results`,
  workers: 2,
  fullyParallel: true,
  reporter: [['dot'], ['@perfgate/playwright/reporter', { cwd: out }]],
});
