import { toHistoryRecord } from '../history/record.js';
import type { HistoryRecord } from '../history/record.js';

/** A history of single-sample runs of one route × metric (tests only). */
export function historyOf(values: number[], metric: 'LCP' | 'heap' = 'LCP', route = '/', startMs = Date.UTC(2026, 10, 1)): HistoryRecord[] {
  return values.map((v, i) =>
    toHistoryRecord({
      id: `r${i}`,
      startedAt: new Date(startMs + i * 60_000).toISOString(),
      source: 'lab',
      environment: {},
      measurements: [{ route, metric, unit: metric === 'heap' ? 'bytes' : 'ms', samples: [v] }],
    }),
  );
}
