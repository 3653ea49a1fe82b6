import { quantileSorted } from 'simple-statistics';
import type { Measurement, Run, RunEnvironment, RunReport, RunSource, Severity } from '../model.js';

/** Current layout version of a history line. */
export const HISTORY_SCHEMA = 1;

/** Summary of one route × metric's samples in one run (metric's unit). */
export interface PointSummary {
  n: number;
  median: number;
  mean: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

/** One route × metric in one history run. */
export interface HistoryPoint {
  route: string;
  metric: Measurement['metric'];
  unit: Measurement['unit'];
  /** Raw samples of the run (metric's unit). */
  samples: number[];
  summary: PointSummary;
  /** Budget status of the verdict, when the run was gated. */
  budget?: 'ok' | 'warn' | 'error';
  /** Baseline comparison verdict, when the run was gated. */
  comparison?: 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
}

/** What the gate decided for the run, when a report was given. */
export interface HistoryVerdictSummary {
  hasRegressions: boolean;
  hasBudgetErrors: boolean;
  severity: Severity;
  /** Number of regressed route × metric verdicts. */
  regressions: number;
  /** Number of budget errors. */
  budgetErrors: number;
}

/** One line of `.perfgate/history/*.jsonl`: one run. */
export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA;
  runId: string;
  /** ISO 8601 start time of the run. */
  startedAt: string;
  source: RunSource;
  git?: { sha?: string; branch?: string };
  environment: RunEnvironment;
  points: HistoryPoint[];
  verdict?: HistoryVerdictSummary;
}

/** Summarises samples (metric's unit); an empty sample list gives NaN-free zeros with `n: 0`. */
export function summarizePoint(samples: number[]): PointSummary {
  const finite = samples.filter((s) => Number.isFinite(s));
  if (finite.length === 0) return { n: 0, median: 0, mean: 0, p75: 0, p95: 0, min: 0, max: 0 };
  const sorted = [...finite].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    n: sorted.length,
    median: quantileSorted(sorted, 0.5),
    mean,
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/** Turns a run (and its report, when gated) into a history line. Attribution is not kept. */
export function toHistoryRecord(run: Run, report?: RunReport): HistoryRecord {
  const verdictFor = new Map((report?.verdicts ?? []).map((v) => [`${v.route}\u0000${v.metric}`, v]));
  const points = run.measurements.map((m): HistoryPoint => {
    const v = verdictFor.get(`${m.route}\u0000${m.metric}`);
    const point: HistoryPoint = { route: m.route, metric: m.metric, unit: m.unit, samples: [...m.samples], summary: summarizePoint(m.samples) };
    if (v?.budget) point.budget = v.budget.status;
    if (v?.comparison) point.comparison = v.comparison.verdict;
    return point;
  });
  const record: HistoryRecord = {
    schema: HISTORY_SCHEMA,
    runId: run.id,
    startedAt: run.startedAt,
    source: run.source,
    environment: { ...run.environment },
    points,
  };
  if (run.git) record.git = { ...run.git };
  if (report) {
    record.verdict = {
      hasRegressions: report.hasRegressions,
      hasBudgetErrors: report.hasBudgetErrors,
      severity: report.severity,
      regressions: report.regressions.length,
      budgetErrors: report.verdicts.filter((v) => v.budget?.status === 'error').length,
    };
  }
  return record;
}

/**
 * One history line (without the newline). A point with a single sample (every bundle size) is stored
 * without its summary, which would only repeat the sample seven times: it halves a bundle run's line
 * (~300 KB for a 200-route app), and so what every gate reads for its trends. {@link parseHistoryLine}
 * restores it.
 */
export function serializeHistoryRecord(record: HistoryRecord): string {
  if (record.points.every((p) => p.samples.length !== 1)) return JSON.stringify(record);
  return JSON.stringify({ ...record, points: record.points.map((p) => (p.samples.length === 1 ? withoutSummary(p) : p)) });
}

function withoutSummary(p: HistoryPoint): Omit<HistoryPoint, 'summary'> {
  const { summary: _summary, ...rest } = p;
  return rest;
}

/** A history line parsed and checked, with stored-away summaries restored; `undefined` when it is not a record this version reads. */
export function parseHistoryLine(text: string): HistoryRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isHistoryRecord(value)) return undefined;
  for (const p of value.points) if (p.summary === undefined) p.summary = summarizePoint(p.samples);
  return value;
}

/** True when a parsed line has the shape of a {@link HistoryRecord} this version can read (summaries may be left out of single-sample points). */
export function isHistoryRecord(value: unknown): value is HistoryRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<HistoryRecord>;
  return (
    r.schema === HISTORY_SCHEMA &&
    typeof r.runId === 'string' &&
    typeof r.startedAt === 'string' &&
    !Number.isNaN(Date.parse(r.startedAt)) &&
    typeof r.source === 'string' &&
    Array.isArray(r.points) &&
    r.points.every(
      (p) =>
        typeof p?.route === 'string' &&
        typeof p.metric === 'string' &&
        Array.isArray(p.samples) &&
        (typeof p.summary?.median === 'number' || (p.summary === undefined && p.samples.length === 1)),
    )
  );
}
