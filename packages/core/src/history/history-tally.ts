import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { peekRecordHead } from './record-head.js';
import { parseHistoryLine } from './record.js';

/** Lines of one history file per source, from line heads (no `JSON.parse` of whole runs). */
export interface FileTally {
  /** Bytes tallied (the file's size then). */
  size: number;
  /** Inode then: a rewrite (temp + rename) changes it, an append does not. */
  ino: number;
  /** Runs per source (count). */
  counts: Record<string, number>;
  /** ISO 8601 start time of the oldest run in the file. */
  oldest?: string;
}

/** `<dir>/.tally.json`: tallies of every `*.jsonl`, so a retention check after an append reads only new bytes. */
export interface HistoryTally {
  version: 1;
  files: Record<string, FileTally>;
}

/** File of the tally, next to the history files (not a `.jsonl`, so readers ignore it). */
export const TALLY_FILE = '.tally.json';

/** Adds the complete lines of `file` from byte `from` on to `tally` (a torn last line is left for later). */
async function scanInto(file: string, from: number, to: number, tally: FileTally): Promise<void> {
  if (to <= from) return;
  let rest: Buffer = Buffer.alloc(0);
  const count = (line: Buffer): void => {
    if (line.length === 0) return;
    let head = peekRecordHead(line);
    if (!head) {
      // Not written by toHistoryRecord's key order (or unreadable): parse this one line.
      const record = parseHistoryLine(line.toString('utf8'));
      if (!record) return;
      head = { startedAt: record.startedAt, source: record.source };
    }
    tally.counts[head.source] = (tally.counts[head.source] ?? 0) + 1;
    if (tally.oldest === undefined || Date.parse(head.startedAt) < Date.parse(tally.oldest)) tally.oldest = head.startedAt;
  };
  for await (const data of createReadStream(file, { start: from, end: to - 1 })) {
    const chunk = rest.length > 0 ? Buffer.concat([rest, data as Buffer]) : (data as Buffer);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      count(chunk.subarray(start, nl));
      start = nl + 1;
    }
    rest = chunk.subarray(start);
  }
  // A last line without "\n" is torn (or being written): not counted; the size stops before it.
  tally.size = to - rest.length;
}

/**
 * Brings the tally of each history file up to date and returns it: unchanged files are taken as they
 * are, grown files (same inode) are scanned from where the tally stopped, rewritten or new files are
 * scanned whole. Only line heads are read, never whole runs. Call it under the history lock.
 */
export async function updateTally(dir: string, names: ReadonlyArray<string>): Promise<HistoryTally> {
  const previous = await readTally(dir);
  const next: HistoryTally = { version: 1, files: {} };
  for (const name of names) {
    const file = join(dir, name);
    const st = await stat(file);
    const before = previous.files[name];
    if (before && before.ino === st.ino && before.size === st.size) {
      next.files[name] = before;
      continue;
    }
    const grown = before && before.ino === st.ino && before.size < st.size;
    const tally: FileTally = grown ? { ...before, counts: { ...before.counts } } : { size: 0, ino: st.ino, counts: {} };
    await scanInto(file, tally.size, st.size, tally);
    next.files[name] = tally;
  }
  await writeTally(dir, next);
  return next;
}

/** Saves a tally (e.g. the one compaction computed from the records it wrote). */
export async function writeTally(dir: string, tally: HistoryTally): Promise<void> {
  await writeFileAtomic(join(dir, TALLY_FILE), `${JSON.stringify(tally)}\n`, { fsync: false });
}

async function readTally(dir: string): Promise<HistoryTally> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, TALLY_FILE), 'utf8')) as Partial<HistoryTally>;
    if (parsed.version === 1 && typeof parsed.files === 'object' && parsed.files !== null) return { version: 1, files: parsed.files };
  } catch {
    // missing or unreadable: rebuilt from the files
  }
  return { version: 1, files: {} };
}
