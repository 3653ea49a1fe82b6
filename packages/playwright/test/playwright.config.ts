/** Real Chromium against pages served on 127.0.0.1 (see site/). */
import { defineConfig } from '@playwright/test';
import { perfgateLaunchOptions } from '@perfgate/playwright';
import { VIEWPORT } from './site/pages.js';

export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  // test/shard/ has its own config (started by shard-merge.test.ts and reporter-gate.test.ts).
  testIgnore: ['shard/**'],
  outputDir: '../test-results',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: process.env.CI ? 'dot' : 'list',
  use: { viewport: VIEWPORT },
  projects: [
    { name: 'chromium', testIgnore: ['shard/**', 'fallback.spec.ts'], use: { launchOptions: perfgateLaunchOptions() } },
    // No browser named: perfgate's test picks one itself (fallback.spec.ts checks which).
    { name: 'fallback', testMatch: ['fallback.spec.ts'] },
  ],
});
