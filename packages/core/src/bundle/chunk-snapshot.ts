import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../baseline/json-file.js';
import type { Measurement } from '../model.js';
import type { ChunkAttribution } from './measure-bundle.js';
import { PerfgateBundleError } from './errors.js';

/** Per route, the chunks of its first load when the baseline was recorded. */
export interface ChunkSnapshot {
  version: 1;
  recordedAt: string;
  routes: Record<string, ChunkAttribution[]>;
}

/** Where the chunk lists of the baseline live: `<storageDir>/baseline-chunks/<reportName>.json` (commit it with `baseline.json`). */
export function chunkSnapshotFile(storageDir: string, reportName: string): string {
  return join(storageDir, 'baseline-chunks', `${reportName.replace(/[^\w.-]+/g, '_')}.json`);
}

/** Builds the snapshot of a run's measurements (from `bundle.total.raw`'s `attribution.detail`). */
export function snapshotOf(measurements: Measurement[]): ChunkSnapshot {
  const routes: Record<string, ChunkAttribution[]> = {};
  for (const m of measurements) {
    const detail = m.metric === 'bundle.total.raw' ? m.attribution?.detail : undefined;
    if (Array.isArray(detail)) routes[m.route] = detail as ChunkAttribution[];
  }
  return { version: 1, recordedAt: new Date().toISOString(), routes };
}

/** Reads a snapshot; `undefined` when there is none yet. A corrupt file is reported, never overwritten silently. */
export async function readChunkSnapshot(file: string): Promise<ChunkSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as ChunkSnapshot;
    if (parsed.version === 1 && parsed.routes && typeof parsed.routes === 'object') return parsed;
  } catch {
    // fall through
  }
  throw new PerfgateBundleError(
    file,
    'is not a perfgate chunk snapshot (version 1 JSON with a "routes" object)',
    'Restore it from git, or delete it and record a new baseline with PERFGATE_UPDATE_BASELINE=1.',
  );
}

/** Writes a snapshot atomically (core's temp file + fsync + rename). */
export async function writeChunkSnapshot(file: string, snapshot: ChunkSnapshot): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}
