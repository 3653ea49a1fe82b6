import type { RunSource } from '../model.js';
import { peekRecordHead } from './record-head.js';
import { parseHistoryLine } from './record.js';
import type { HistoryRecord } from './record.js';
import { reverseLines } from './reverse-lines.js';

/** Options of `FileHistoryStore.readNewest`. */
export interface ReadNewestOptions {
  /** How many of the newest runs to read per source (count), e.g. `{ lab: 200, field: 288 }`. */
  limits: Partial<Record<RunSource, number>>;
  /**
   * Stop reading once this source has its runs, even when other sources have fewer than asked (they
   * then get the runs among the part read). Default: read until every source has its runs.
   */
  stopAfter?: RunSource;
}

interface Kept {
  record: HistoryRecord;
  time: number;
  /** File order (ascending), then line order: the tie-break of `readRuns`' sort. */
  order: number;
}

const byAge = (a: Kept, b: Kept): number => a.time - b.time || a.order - b.order;

/**
 * The newest runs per source from history files given oldest first, returned oldest first: the same
 * as filtering `readRuns()` by source and keeping the last `limit`. Files are read newest first and
 * backwards; lines of other sources are skipped by their head (no parse); a source is complete once it
 * has `limit` runs and a line of it started before the oldest kept (lines are appended in about start
 * order, so reading stops there). Torn or unreadable lines that are read are skipped with a warning.
 */
export async function readNewestRecords(files: ReadonlyArray<string>, options: ReadNewestOptions, warn: (message: string) => void): Promise<HistoryRecord[]> {
  const wanted = new Map<RunSource, number>();
  for (const [source, limit] of Object.entries(options.limits) as Array<[RunSource, number]>) if (limit > 0) wanted.set(source, limit);
  const kept = new Map<RunSource, Kept[]>([...wanted.keys()].map((s) => [s, []]));
  const done = new Set<RunSource>();
  /** Start time (ms) of the limit-th newest run kept per source. */
  const cutoff = new Map<RunSource, number>();
  const finished = (): boolean => (options.stopAfter !== undefined && wanted.has(options.stopAfter) ? done.has(options.stopAfter) : done.size === wanted.size);

  outer: for (let f = files.length - 1; f >= 0 && !finished(); f--) {
    const file = files[f] as string;
    for await (const line of reverseLines(file)) {
      const order = f * 2 ** 32 - line.fromEnd;
      const head = peekRecordHead(line.bytes);
      if (head) {
        if (!wanted.has(head.source) || done.has(head.source)) continue;
        const min = cutoff.get(head.source);
        if (min !== undefined && Date.parse(head.startedAt) < min) {
          done.add(head.source);
          if (finished()) break outer;
          continue;
        }
      }
      const text = line.bytes.toString('utf8');
      if (text.trim() === '') continue;
      const value = parseHistoryLine(text);
      if (!value) {
        warn(
          line.torn
            ? `perfgate history: skipped a torn last line in ${file} (a write was interrupted); it is ignored and moved aside on the next compaction.`
            : `perfgate history: skipped an unreadable line (${line.fromEnd + 1} from the end) in ${file}; it is moved to ${file}.corrupt on the next compaction.`,
        );
        continue;
      }
      const list = kept.get(value.source);
      if (!list || done.has(value.source)) continue;
      const limit = wanted.get(value.source) as number;
      list.push({ record: value, time: Date.parse(value.startedAt), order });
      if (list.length >= limit) {
        list.sort(byAge);
        list.splice(0, list.length - limit);
        cutoff.set(value.source, (list[0] as Kept).time);
      }
    }
  }
  return [...kept.values()].flat().sort(byAge).map((k) => k.record);
}
