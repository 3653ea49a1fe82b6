import type { Run } from '../model.js';

/** A small lab run for tests (not exported from the package). */
export function makeRun(i: number, overrides: Partial<Run> = {}, lcp = 1000 + i): Run {
  return {
    id: `run-${i}`,
    startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    source: 'lab',
    git: { sha: `sha${i}`, branch: 'main' },
    environment: { browser: 'chromium', throttling: 'desktop' },
    measurements: [
      { route: '/', metric: 'LCP', unit: 'ms', samples: [lcp, lcp + 10, lcp - 10] },
      { route: '/campaigns/[id]', metric: 'bundle.js.gzip', unit: 'bytes', samples: [120_000 + i] },
    ],
    ...overrides,
  };
}
