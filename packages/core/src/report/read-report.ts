import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Run, RunReport } from '../model.js';
import { REPORT_VERSION } from './render-json.js';

/** A report or run file given to perfgate is not valid. */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
  readonly file: string;
  constructor(file: string, found: string, fix: string, cause?: unknown) {
    super(`Invalid perfgate input ${file}: ${found}. ${fix}`, cause === undefined ? undefined : { cause });
    this.file = file;
  }
}

const unit = z.enum(['ms', 'bytes', 'unitless']);
const metric = z.string().min(1);

export const measurementSchema = z.looseObject({
  route: z.string(),
  metric,
  unit,
  samples: z.array(z.number()),
  attribution: z.record(z.string(), z.unknown()).optional(),
});

export const runSchema = z.looseObject({
  id: z.string().min(1),
  startedAt: z.string().min(1),
  source: z.enum(['bundle', 'lab', 'field']),
  git: z.object({ sha: z.string().optional(), branch: z.string().optional() }).optional(),
  environment: z.looseObject({
    bundler: z.string().optional(),
    browser: z.string().optional(),
    throttling: z.string().optional(),
    machine: z.string().optional(),
    app: z.string().optional(),
  }),
  measurements: z.array(measurementSchema),
});

const severity = z.enum(['info', 'warning', 'critical']);

const comparisonSchema = z.looseObject({
  verdict: z.enum(['regressed', 'improved', 'unchanged', 'inconclusive']),
  relativeChange: z.number(),
  absoluteChange: z.number(),
  pValue: z.number(),
  interval: z.tuple([z.number(), z.number()]),
  severity,
  method: z.enum(['mann-whitney-hl', 'run-medians', 'z-score', 'exact']),
  baselineValue: z.number(),
  currentValue: z.number(),
  adjustedPValue: z.number().optional(),
  z: z.number().optional(),
  reason: z.string().optional(),
});

const verdictSchema = z.looseObject({
  route: z.string(),
  metric,
  unit,
  budget: z.object({ status: z.enum(['ok', 'warn', 'error']), limit: z.number().optional(), actual: z.number() }).optional(),
  comparison: comparisonSchema.optional(),
  attribution: z.record(z.string(), z.unknown()).optional(),
});

export const reportSchema = z.looseObject({
  reportVersion: z.number().int().optional(),
  timestamp: z.string(),
  run: runSchema,
  verdicts: z.array(verdictSchema),
  hasRegressions: z.boolean(),
  hasBudgetErrors: z.boolean(),
  severity,
  regressions: z.array(verdictSchema),
  recommendations: z.array(z.string()),
});

function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  if (!i) return 'invalid';
  return `${i.path.map(String).join('.') || '(root)'}: ${i.message}`;
}

/** What a perfgate JSON input file holds. */
export type PerfgateInput = { kind: 'report'; report: RunReport } | { kind: 'run'; run: Run };

/**
 * Validates a parsed report (as written by `renderJson`).
 * @throws ReportFileError naming `source`, the first bad field and the fix.
 */
export function parseReport(raw: unknown, source: string): RunReport {
  const version = (raw as { reportVersion?: unknown } | null)?.reportVersion;
  if (typeof version === 'number' && version > REPORT_VERSION) {
    throw new ReportFileError(source, `reportVersion ${version} is newer than this perfgate reads (${REPORT_VERSION})`, 'Upgrade @perfgate/cli.');
  }
  const r = reportSchema.safeParse(raw);
  if (!r.success) throw new ReportFileError(source, `not a perfgate report (${firstIssue(r.error)})`, 'Pass a report written by perfgate (.perfgate/reports/*.json).');
  const { reportVersion: _v, ...report } = r.data;
  return report as RunReport;
}

/**
 * Validates a parsed run (what producers emit).
 * @throws ReportFileError naming `source`, the first bad field and the fix.
 */
export function parseRun(raw: unknown, source: string): Run {
  const r = runSchema.safeParse(raw);
  if (!r.success) throw new ReportFileError(source, `not a perfgate run (${firstIssue(r.error)})`, 'Pass a run or report JSON written by perfgate.');
  return r.data as Run;
}

/**
 * Reads a JSON file holding a perfgate report (has `verdicts`) or a run (has `measurements` at the top).
 * @throws ReportFileError when it is missing, not JSON, or neither.
 */
export async function readPerfgateInput(file: string): Promise<PerfgateInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ReportFileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'Check the path.', err);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ReportFileError(file, `not valid JSON (${(err as Error).message})`, 'Pass a JSON report or run written by perfgate.', err);
  }
  if (raw && typeof raw === 'object' && 'verdicts' in raw) return { kind: 'report', report: parseReport(raw, file) };
  return { kind: 'run', run: parseRun(raw, file) };
}

/** Reads a report JSON file. @throws ReportFileError. */
export async function readReportFile(file: string): Promise<RunReport> {
  const input = await readPerfgateInput(file);
  if (input.kind !== 'report') throw new ReportFileError(file, 'holds a run, not a report', 'Pass a report (.perfgate/reports/*.json) or use `perfgate compare`.');
  return input.report;
}
