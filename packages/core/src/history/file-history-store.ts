import { appendFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Run, RunReport, RunSource } from '../model.js';
import { writeFileAtomic } from './atomic-write.js';
import { resolveSince } from './duration.js';
import { withFileLock } from './file-lock.js';
import { updateTally, writeTally } from './history-tally.js';
import type { HistoryTally } from './history-tally.js';
import { readNewestRecords } from './read-newest.js';
import type { ReadNewestOptions } from './read-newest.js';
import { parseHistoryLine, serializeHistoryRecord, toHistoryRecord } from './record.js';
import type { HistoryRecord } from './record.js';

/** Options of {@link FileHistoryStore}. */
export interface FileHistoryStoreOptions {
  /** Directory holding the `*.jsonl` files (e.g. `.perfgate/history`). */
  dir: string;
  /** One file per UTC month (default) or per run source. */
  partition?: 'month' | 'source';
  /** Compaction keeps this many runs per source (newest kept); `appendAndCompact` compacts once a source has 10% more. */
  retentionRuns?: number;
  /** Compaction drops runs older than this many days (relative to `now`); `appendAndCompact` compacts once a run is 10% (at least a day) older. */
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
const DAY_MS = 86_400_000;

/** Runs over `retentionRuns` (count) tolerated before `appendAndCompact` compacts: 10%, at least 1. */
export function retentionSlackRuns(retentionRuns: number): number {
  return Math.max(1, Math.ceil(retentionRuns * 0.1));
}

/** Age past `retentionDays` (ms) tolerated before `appendAndCompact` compacts: 10%, at least a day. */
export function retentionSlackMs(retentionDays: number): number {
  return Math.max(DAY_MS, retentionDays * DAY_MS * 0.1);
}

/**
 * Append-only run history as JSON Lines (`<dir>/<YYYY-MM>.jsonl` or `<dir>/<source>.jsonl`), one run a line.
 *
 * Appends are one `write` each under a lock file; a torn last line (a crash mid-write) is skipped with a
 * warning on read and never glued to the next append. Retention is applied per source by {@link compact},
 * which rewrites files atomically (temp + rename) and moves unreadable lines to `<file>.corrupt`;
 * {@link appendAndCompact} decides from a tally of line heads (`.tally.json`) and compacts only once
 * retention is exceeded by 10%, so a rewrite costs once per ~`retentionRuns / 10` appends.
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
      await appendFile(file, `${prefix}${serializeHistoryRecord(record)}\n`, 'utf8');
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
   * The newest runs of each source asked for (oldest first), reading files newest first and backwards
   * and stopping once each source has its runs: a gate reads its 200 runs, not the whole history.
   * Returns what `readRuns({ source }).slice(-limit)` returns for each source.
   */
  async readNewest(options: ReadNewestOptions): Promise<HistoryRecord[]> {
    const names = await this.fileNames();
    if (this.partition === 'month') return readNewestRecords(names.map((n) => join(this.dir, n)), options, this.warn);
    // One file per source: each is read (backwards) until its own source has its runs.
    const parts = await Promise.all(
      names
        .map((n) => n.replace(/\.jsonl$/, '') as RunSource)
        .filter((source) => (options.limits[source] ?? 0) > 0)
        .map((source) => readNewestRecords([join(this.dir, `${source}.jsonl`)], { limits: { [source]: options.limits[source] } }, this.warn)),
    );
    return sortRuns(parts.flat()); // ties in file order, as readRuns
  }

  /**
   * Applies retention per source (`retentionRuns` of each of bundle, lab and field; `retentionDays`):
   * rewrites each file atomically with the runs kept, removes emptied files and moves unreadable lines
   * to `<file>.corrupt`.
   */
  async compact(): Promise<CompactionResult> {
    const result: CompactionResult = { kept: 0, dropped: 0, quarantined: 0, filesWritten: [], filesRemoved: [] };
    await mkdir(this.dir, { recursive: true });
    await withFileLock(join(this.dir, LOCK), async () => {
      const files = await this.readAll(false);
      const all = sortRuns(files.flatMap((f) => f.records));
      const minTime = this.retentionDays === undefined ? -Infinity : this.now() - this.retentionDays * DAY_MS;
      const bySource = new Map<RunSource, HistoryRecord[]>();
      for (const r of all) {
        if (Date.parse(r.startedAt) < minTime) continue;
        const list = bySource.get(r.source);
        if (list) list.push(r);
        else bySource.set(r.source, [r]);
      }
      const kept = new Set<HistoryRecord>();
      for (const list of bySource.values()) {
        const keep = this.retentionRuns !== undefined && list.length > this.retentionRuns ? list.slice(list.length - this.retentionRuns) : list;
        for (const r of keep) kept.add(r);
      }
      result.kept = kept.size;
      result.dropped = all.length - kept.size;
      const tally: HistoryTally = { version: 1, files: {} };
      for (const f of files) {
        if (f.bad.length > 0) {
          await appendFile(`${f.file}.corrupt`, f.bad.map((l) => `${l}\n`).join(''), 'utf8');
          result.quarantined += f.bad.length;
          this.warn(`perfgate history: moved ${f.bad.length} unreadable line(s) of ${f.file} to ${f.file}.corrupt (inspect or delete it).`);
        }
        const stay = f.records.filter((r) => kept.has(r));
        if (stay.length === 0) {
          await rm(f.file, { force: true });
          result.filesRemoved.push(f.file);
          continue;
        }
        if (stay.length !== f.records.length || f.bad.length > 0) {
          await writeFileAtomic(f.file, stay.map((r) => `${serializeHistoryRecord(r)}\n`).join(''));
          result.filesWritten.push(f.file);
        }
        const st = await stat(f.file);
        const counts: Record<string, number> = {};
        for (const r of stay) counts[r.source] = (counts[r.source] ?? 0) + 1;
        const oldest = stay.reduce((a, r) => (Date.parse(r.startedAt) < Date.parse(a) ? r.startedAt : a), (stay[0] as HistoryRecord).startedAt);
        // Every file left holds only the records read (unreadable lines were moved aside): tally them as is.
        tally.files[f.file.slice(this.dir.length + 1)] = { size: st.size, ino: st.ino, counts, oldest };
      }
      await writeTally(this.dir, tally);
    });
    return result;
  }

  /**
   * Appends a run, then compacts when retention is configured and exceeded by its slack (10%: see
   * {@link retentionSlackRuns}, {@link retentionSlackMs}). The check reads only the heads of lines
   * appended since the last check (`.tally.json`), never whole runs.
   */
  async appendAndCompact(run: Run, report?: RunReport): Promise<HistoryRecord> {
    const record = await this.appendRun(run, report);
    if (this.retentionRuns !== undefined || this.retentionDays !== undefined) {
      if (await withFileLock(join(this.dir, LOCK), () => this.retentionExceeded())) await this.compact();
    }
    return record;
  }

  /** True when a source has more than `retentionRuns` + slack runs or a run is older than `retentionDays` + slack. */
  private async retentionExceeded(): Promise<boolean> {
    const tally = await updateTally(this.dir, await this.fileNames());
    const perSource = new Map<string, number>();
    let oldest = Infinity;
    for (const t of Object.values(tally.files)) {
      for (const [source, n] of Object.entries(t.counts)) perSource.set(source, (perSource.get(source) ?? 0) + n);
      if (t.oldest !== undefined) oldest = Math.min(oldest, Date.parse(t.oldest));
    }
    if (this.retentionRuns !== undefined) {
      const limit = this.retentionRuns + retentionSlackRuns(this.retentionRuns);
      if ([...perSource.values()].some((n) => n > limit)) return true;
    }
    return this.retentionDays !== undefined && oldest < this.now() - this.retentionDays * DAY_MS - retentionSlackMs(this.retentionDays);
  }

  private async fileNames(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((n) => n.endsWith('.jsonl')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async readAll(warn: boolean): Promise<ParsedFile[]> {
    const names = await this.fileNames();
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
        const record = parseHistoryLine(line);
        if (record) {
          records.push(record);
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
