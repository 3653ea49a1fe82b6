import type { HistoryRecord } from '../history/record.js';
import type { Run } from '../model.js';

/** Turns a history line back into a Run (samples kept; attribution is not stored in history). */
export function recordToRun(record: HistoryRecord): Run {
  const run: Run = {
    id: record.runId,
    startedAt: record.startedAt,
    source: record.source,
    environment: { ...record.environment },
    measurements: record.points.map((p) => ({ route: p.route, metric: p.metric, unit: p.unit, samples: [...p.samples] })),
  };
  if (record.git) run.git = { ...record.git };
  return run;
}
