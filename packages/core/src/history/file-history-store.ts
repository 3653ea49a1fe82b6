import { appendFile, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Run, RunReport, RunSource } from '../model.js';
import { writeFileAtomic } from './atomic-write.js';
import { resolveSince } from './duration.js';
import { withFileLock } from './file-lock.js';
import { isHistoryRecord, toHistoryRecord } from './record.js';
import type { HistoryRecord } from './record.js';

/** Options of {@link FileHistoryStore}. */
export interface FileHistoryStoreOptions {
  /** Directory holding the `*.jsonl` files (e.g. `.perfgate/history`). */
  dir: string;
  /** One file per UTC month (default) or per run source. */
  partition?: 'month' | 'source';
  /** Keep at most this many runs on compaction (newest kept). */
  retentionRuns?: number;
  /** On compaction drop runs older than this many days (relative to `now`). */
  retentionDays?: number;
  /** Receives warnings (torn or corrupt lines). Default: `console.warn`. */
  warn?: (message: string) => void;
  /** Clock (ms since epoch), for tests. */
  now?: () => number;
}

/** Filters of {@link FileHistoryStore.readRuns}. */
export interface ReadRunsOptions {
  /** Only runs started at or after this: a duration back from now (`"7d"`, `"24h"`), an ISO date, or ms since epoch. */
  since?: string | number | Date;
  /** Only runs started before this (ms since epoch or ISO date). */
  until?: string | number | Date;
  source?: RunSource;
  branch?: string;
}

/** What {@link FileHistoryStore.compact} did. */
export interface CompactionResult {
  kept: number;
  dropped: number;
  /** Unreadable lines moved to `<file>.corrupt` so no data is lost. */
  quarantined: number;
  filesWritten: string[];
  filesRemoved: string[];
}

interface ParsedFile {
  file: string;
  records: HistoryRecord[];
  bad: string[];
}

const LOCK = '.history.lock';

/**
 * Append-only run history as JSON Lines (`<dir>/<YYYY-MM>.jsonl` or `<dir>/<source>.jsonl`), one run a line.
 *
 * Appends are one `write` each under a lock file; a torn last line (a crash mid-write) is skipped with a
 * warning on read and never glued to the next append. Retention is applied by {@link compact}, which
 * rewrites files atomically (temp + rename) and moves unreadable lines to `<file>.corrupt`.
 */
export class FileHistoryStore {
  readonly dir: string;
  private readonly partition: 'month' | 'source';
  private readonly retentionRuns: number | undefined;
  private readonly retentionDays: number | undefined;
  private readonly warn: (message: string) => void;
  private readonly now: () => number;

  constructor(options: FileHistoryStoreOptions) {
    this.dir = options.dir;
    this.partition = options.partition ?? 'month';
    this.retentionRuns = options.retentionRuns;
    this.retentionDays = options.retentionDays;
    this.warn = options.warn ?? ((m) => console.warn(m));
    this.now = options.now ?? Date.now;
  }

  /** The file a record belongs to. */
  fileFor(record: Pick<HistoryRecord, 'startedAt' | 'source'>): string {
    const name = this.partition === 'source' ? record.source : new Date(record.startedAt).toISOString().slice(0, 7);
    return join(this.dir, `${name}.jsonl`);
  }

  /** Appends one run (with its report's verdicts when given); returns the record written. */
  async appendRun(run: Run, report?: RunReport): Promise<HistoryRecord> {
    const record = toHistoryRecord(run, report);
    await this.appendRecord(record);
    return record;
  }

  /** Appends an already-built record. */
  async appendRecord(record: HistoryRecord): Promise<void> {
    const file = this.fileFor(record);
    await mkdir(this.dir, { recursive: true });
    await withFileLock(join(this.dir, LOCK), async () => {
      // A crash mid-append leaves a last line without "\n"; start on a fresh line so the torn line stays
      // alone (and is skipped on read) instead of corrupting this record too.
      const prefix = (await endsWithoutNewline(file)) ? '\n' : '';
      await appendFile(file, `${prefix}${JSON.stringify(record)}\n`, 'utf8');
    });
  }

  /** Reads runs, oldest first, skipping (with a warning) lines that are torn or unreadable. */
  async readRuns(options: ReadRunsOptions = {}): Promise<HistoryRecord[]> {
    const now = this.now();
    const since = options.since === undefined ? -Infinity : resolveSince(options.since, now, 'since');
    const until = options.until === undefined ? Infinity : resolveSince(options.until, now, 'until');
    const files = await this.readAll(true);
    return sortRuns(files.flatMap((f) => f.records)).filter((r) => {
      const t = Date.parse(r.startedAt);
      if (t < since || t >= until) return false;
      if (options.source && r.source !== options.source) return false;
      if (options.branch && r.git?.branch !== options.branch) return false;
      return true;
    });
  }

  /**
   * Applies retention (`retentionRuns`, `retentionDays`): rewrites each file atomically with the runs
   * kept, removes emptied files and moves unreadable lines to `<file>.corrupt`.
   */
  async compact(): Promise<CompactionResult> {
    const result: CompactionResult = { kept: 0, dropped: 0, quarantined: 0, filesWritten: [], filesRemoved: [] };
    await mkdir(this.dir, { recursive: true });
    await withFileLock(join(this.dir, LOCK), async () => {
      const files = await this.readAll(false);
      const all = sortRuns(files.flatMap((f) => f.records));
      const minTime = this.retentionDays === undefined ? -Infinity : this.now() - this.retentionDays * 86_400_000;
      let keep = all.filter((r) => Date.parse(r.startedAt) >= minTime);
      if (this.retentionRuns !== undefined && keep.length > this.retentionRuns) keep = keep.slice(keep.length - this.retentionRuns);
      const kept = new Set(keep);
      result.kept = keep.length;
      result.dropped = all.length - keep.length;
      for (const f of files) {
        if (f.bad.length > 0) {
          await appendFile(`${f.file}.corrupt`, f.bad.map((l) => `${l}\n`).join(''), 'utf8');
          result.quarantined += f.bad.length;
          this.warn(`perfgate history: moved ${f.bad.length} unreadable line(s) of ${f.file} to ${f.file}.corrupt (inspect or delete it).`);
        }
        const stay = f.records.filter((r) => kept.has(r));
        if (stay.length === f.records.length && f.bad.length === 0) continue;
        if (stay.length === 0) {
          await rm(f.file, { force: true });
          result.filesRemoved.push(f.file);
        } else {
          await writeFileAtomic(f.file, stay.map((r) => `${JSON.stringify(r)}\n`).join(''));
          result.filesWritten.push(f.file);
        }
      }
    });
    return result;
  }

  /** Appends a run, then compacts when retention is configured and exceeded. */
  async appendAndCompact(run: Run, report?: RunReport): Promise<HistoryRecord> {
    const record = await this.appendRun(run, report);
    if (this.retentionRuns !== undefined || this.retentionDays !== undefined) {
      const runs = await this.readAll(false);
      const all = runs.flatMap((f) => f.records);
      const minTime = this.retentionDays === undefined ? -Infinity : this.now() - this.retentionDays * 86_400_000;
      const overCount = this.retentionRuns !== undefined && all.length > this.retentionRuns;
      if (overCount || all.some((r) => Date.parse(r.startedAt) < minTime)) await this.compact();
    }
    return record;
  }

  private async readAll(warn: boolean): Promise<ParsedFile[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.jsonl')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: ParsedFile[] = [];
    for (const name of names) {
      const file = join(this.dir, name);
      const text = await readFile(file, 'utf8');
      const lines = text.split('\n');
      const records: HistoryRecord[] = [];
      const bad: string[] = [];
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        const torn = i === lines.length - 1; // no trailing "\n": a write was cut short
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (isHistoryRecord(value)) {
          records.push(value);
          return;
        }
        bad.push(line);
        if (warn) {
          this.warn(
            torn
              ? `perfgate history: skipped a torn last line in ${file} (a write was interrupted); it is ignored and moved aside on the next compaction.`
              : `perfgate history: skipped unreadable line ${i + 1} in ${file}; it is moved to ${file}.corrupt on the next compaction.`,
          );
        }
      });
      out.push({ file, records, bad });
    }
    return out;
  }
}

function sortRuns(records: HistoryRecord[]): HistoryRecord[] {
  return records
    .map((r, i) => ({ r, i, t: Date.parse(r.startedAt) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

async function endsWithoutNewline(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const buf = Buffer.alloc(1);
    await handle.read(buf, 0, 1, size - 1);
    return buf[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}
