// Bench config: one worker, each variant a project, JSON results for run.mjs.
import { defineConfig } from '@playwright/test';
import { perfgateLaunchOptions } from '@perfgate/playwright';

export default defineConfig({
  testDir: '.',
  workers: 1,
  outputDir: '../.out/fixture-overhead/test-results',
  reporter: [['json', { outputFile: process.env.BENCH_JSON ?? '../.out/fixture-overhead/results.json' }]],
  use: { baseURL: process.env.BENCH_BASE_URL, launchOptions: perfgateLaunchOptions(), viewport: { width: 1280, height: 720 } },
  projects: [
    { name: 'bare', testMatch: 'bare.spec.ts' },
    { name: 'fixture', testMatch: 'fixture.spec.ts' },
    { name: 'perf', testMatch: 'perf.spec.ts' },
    { name: 'interleaved', testMatch: 'interleaved.spec.ts' },
  ],
});
