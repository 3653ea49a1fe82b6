import { defineConfig } from 'vitest/config';

// The demo's tests start real processes (ESLint, next build, next start, Playwright + Chromium):
// one file at a time, generous timeouts, no retries.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
