import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BASELINE_SCHEMA_VERSION } from './types.js';
import type { BaselineData, BaselineEntry } from './types.js';
import { BaselineFileError, BaselineSchemaError } from './errors.js';
import { formatBaselineKey } from './keys.js';
import { prettyJson } from './json-file.js';

const runSchema = z.object({
  id: z.string(),
  time: z.string(),
  sha: z.string().optional(),
  samples: z.array(z.number()),
});

const entrySchema = z.object({
  route: z.string(),
  metric: z.string(),
  env: z.string(),
  unit: z.enum(['ms', 'bytes', 'unitless']),
  runs: z.array(runSchema),
});

const fileSchema = z.object({
  schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
  entries: z.record(z.string(), entrySchema),
});

/** An empty baseline. */
export function emptyBaseline(): BaselineData {
  return { schemaVersion: BASELINE_SCHEMA_VERSION, entries: {} };
}

/**
 * Validates parsed baseline JSON. `file` names the source in errors.
 * @throws BaselineSchemaError for a newer `schemaVersion`; BaselineFileError for anything else invalid.
 */
export function parseBaseline(raw: unknown, file: string): BaselineData {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new BaselineFileError(file, 'expected a JSON object at the top level');
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > BASELINE_SCHEMA_VERSION) throw new BaselineSchemaError(file, version, BASELINE_SCHEMA_VERSION);
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? first.path.map(String).join('.') || '(root)' : '(root)';
    throw new BaselineFileError(file, `${where}: ${first?.message ?? 'invalid'}`);
  }
  const entries: Record<string, BaselineEntry> = {};
  for (const e of Object.values(r.data.entries)) {
    const entry = { ...e, metric: e.metric as BaselineEntry['metric'] };
    entries[formatBaselineKey(entry)] = entry;
  }
  return { schemaVersion: r.data.schemaVersion, entries };
}

/**
 * Reads a baseline file; a missing file is an empty baseline.
 * @throws BaselineFileError (not JSON / not a baseline) or BaselineSchemaError (newer schema).
 */
export async function readBaselineFile(file: string): Promise<BaselineData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyBaseline();
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new BaselineFileError(file, `not valid JSON (${(err as Error).message})`, err);
  }
  return parseBaseline(raw, file);
}

/** Serializes a baseline stably: entries sorted by key, fields in a fixed order, runs oldest first. */
export function serializeBaseline(data: BaselineData): string {
  const entries: Record<string, unknown> = {};
  for (const key of Object.keys(data.entries).sort()) {
    const e = data.entries[key] as BaselineEntry;
    entries[key] = {
      route: e.route,
      metric: e.metric,
      env: e.env,
      unit: e.unit,
      runs: e.runs.map((r) => (r.sha === undefined ? { id: r.id, time: r.time, samples: r.samples } : { id: r.id, time: r.time, sha: r.sha, samples: r.samples })),
    };
  }
  return prettyJson({ schemaVersion: data.schemaVersion, entries });
}
