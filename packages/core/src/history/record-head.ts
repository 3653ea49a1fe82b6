import type { RunSource } from '../model.js';

/** What {@link peekRecordHead} reads from the start of a history line without parsing it. */
export interface RecordHead {
  /** ISO 8601 start time of the run. */
  startedAt: string;
  source: RunSource;
}

/** Bytes of a line looked at (the head written by `toHistoryRecord` is far shorter). */
const HEAD_BYTES = 512;
// `toHistoryRecord` writes schema, runId, startedAt and source first, in this order.
const HEAD = /^\{"schema":1,"runId":"(?:[^"\\]|\\.)*","startedAt":"([^"\\]+)","source":"(bundle|lab|field)"/;

/**
 * The start time and source of a history line from its first bytes, so readers can skip lines of other
 * sources and count lines per source without `JSON.parse` (a 200-route bundle run is ~300 KB a line).
 * Returns `undefined` when the line does not start the way perfgate writes it; callers then parse it.
 */
export function peekRecordHead(line: Buffer | string): RecordHead | undefined {
  const text = typeof line === 'string' ? line.slice(0, HEAD_BYTES) : line.subarray(0, HEAD_BYTES).toString('utf8');
  const m = HEAD.exec(text);
  if (!m || Number.isNaN(Date.parse(m[1] as string))) return undefined;
  return { startedAt: m[1] as string, source: m[2] as RunSource };
}
