import type { Run, RunReport, RunSource } from '../model.js';
import { toHistoryRecord } from '../history/record.js';
import type { HistoryRecord, PointSummary } from '../history/record.js';
import { branchLabel, metricLabel, routeLabel, shortLabel } from './labels.js';

/** One exported route × metric with bounded labels. */
export interface ExportPoint {
  route: string;
  metric: string;
  unit: 'ms' | 'bytes' | 'unitless';
  summary: PointSummary;
  /** 0 ok, 1 warn, 2 error; absent when no budget applies. */
  budget?: 0 | 1 | 2;
}

/** A run prepared for export: labels sanitised, routes capped. */
export interface ExportBatch {
  app: string;
  branch: string;
  /** Run source (`bundle`, `lab`, `field`): a bounded label, so the three never overwrite each other. */
  source: RunSource;
  /** ms since epoch of the run start. */
  time: number;
  runId: string;
  points: ExportPoint[];
  regressions?: number;
  budgetErrors?: number;
  /** Routes left out because of `maxRoutes`. */
  skippedRoutes: string[];
}

/** Labelling options shared by the exporters. */
export interface LabelOptions {
  app?: string;
  branches?: ReadonlyArray<string> | '*';
  /** At most this many routes (default 200). */
  maxRoutes?: number;
}

/** Accepts a run, a run + report, or a history record. */
export type Exportable = HistoryRecord | Run | { run: Run; report?: RunReport };

function asRecord(input: Exportable): HistoryRecord {
  if ('points' in input) return input;
  if ('run' in input) return toHistoryRecord(input.run, input.report);
  return toHistoryRecord(input);
}

/** The only values of the `source` label. */
const RUN_SOURCES: ReadonlyArray<RunSource> = ['bundle', 'lab', 'field'];

const BUDGET_CODE = { ok: 0, warn: 1, error: 2 } as const;

/** Prepares a run for any exporter. Routes that collapse to the same label keep the first. */
export function toExportBatch(input: Exportable, options: LabelOptions = {}): ExportBatch {
  const record = asRecord(input);
  const maxRoutes = options.maxRoutes ?? 200;
  const routes: string[] = [];
  const skipped = new Set<string>();
  const seen = new Set<string>();
  const points: ExportPoint[] = [];
  for (const p of record.points) {
    const route = routeLabel(p.route);
    if (!routes.includes(route)) {
      if (routes.length >= maxRoutes) { skipped.add(p.route); continue; }
      routes.push(route);
    }
    const metric = metricLabel(p.metric);
    const key = `${route}\u0000${metric}`;
    if (seen.has(key) || p.summary.n === 0) continue;
    seen.add(key);
    points.push({ route, metric, unit: p.unit, summary: p.summary, ...(p.budget ? { budget: BUDGET_CODE[p.budget] } : {}) });
  }
  const batch: ExportBatch = {
    app: shortLabel(options.app ?? record.environment.app ?? '', 'default'),
    branch: branchLabel(record.git?.branch, options.branches ?? ['main', 'master']),
    source: RUN_SOURCES.includes(record.source) ? record.source : 'lab',
    time: Date.parse(record.startedAt),
    runId: record.runId,
    points,
    skippedRoutes: [...skipped],
  };
  if (record.verdict) {
    batch.regressions = record.verdict.regressions;
    batch.budgetErrors = record.verdict.budgetErrors;
  }
  return batch;
}
