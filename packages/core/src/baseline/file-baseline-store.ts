import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Measurement, Run, RunReport } from '../model.js';
import { matchRoute } from '../budgets/match-route.js';
import type { BaselineData, BaselineEntry, BaselineKey } from './types.js';
import { baselineKeyOf, formatBaselineKey } from './keys.js';
import { readBaselineFile, serializeBaseline } from './read-baseline.js';
import { writeFileAtomic } from './json-file.js';
import { withFileLock } from './lock.js';
import { coefficientOfVariation, decideRecording } from './strategies.js';
import type { BaselineStrategy } from './strategies.js';

/** Options of {@link FileBaselineStore}. */
export interface FileBaselineStoreOptions {
  /** Storage directory (`.perfgate`, absolute or relative to cwd). */
  dir: string;
  /** Runs kept per series. Default 5. */
  keepRuns?: number;
  /** Drop runs older than this many days before the series' newest run. */
  maxAgeDays?: number;
  /** Default strategy for {@link FileBaselineStore.record}. Default `rolling`. */
  strategy?: BaselineStrategy;
  /** `auto-stable` spread limit (coefficient of variation, unitless). Default 0.1. */
  maxCv?: number;
  /** Max wait for the lock (ms). Default 30 000. */
  lockTimeoutMs?: number;
}

/** Options of {@link FileBaselineStore.record}. */
export interface RecordOptions {
  /** The run's report; `rolling` and `auto-stable` read its verdicts. */
  report?: RunReport;
  strategy?: BaselineStrategy;
  /** Record even a regressed or noisy run. */
  force?: boolean;
}

/** What {@link FileBaselineStore.record} did. */
export interface RecordResult {
  recorded: boolean;
  target: 'baseline' | 'candidate' | 'none';
  reason: string;
  /** Series keys written. */
  keys: string[];
  /** File written, when any. */
  file?: string;
}

/** Filter for {@link FileBaselineStore.reset}: route glob and/or metric id; none → everything. */
export interface ResetFilter {
  route?: string;
  metric?: string;
}

/**
 * The embedded baseline store: `<dir>/baseline.json`, meant to be committed and reviewed like
 * snapshots. Per route × metric × environment it keeps the samples of the last `keepRuns` runs.
 * Every write happens under `<dir>/baseline.lock`, re-reads the file and renames a temp file over it,
 * so concurrent writers lose no run and readers never see half a file. A corrupt or newer file makes
 * every method throw and is never overwritten.
 */
export class FileBaselineStore {
  readonly dir: string;
  /** `<dir>/baseline.json`. */
  readonly file: string;
  /** `<dir>/baseline.candidate.json` (manual strategy). */
  readonly candidateFile: string;
  readonly lockFile: string;
  private readonly keepRuns: number;
  private readonly maxAgeDays: number | undefined;
  private readonly strategy: BaselineStrategy;
  private readonly maxCv: number;
  private readonly lockTimeoutMs: number;
  private data: BaselineData | undefined;

  constructor(options: FileBaselineStoreOptions) {
    this.dir = path.resolve(options.dir);
    this.file = path.join(this.dir, 'baseline.json');
    this.candidateFile = path.join(this.dir, 'baseline.candidate.json');
    this.lockFile = path.join(this.dir, 'baseline.lock');
    this.keepRuns = options.keepRuns ?? 5;
    this.maxAgeDays = options.maxAgeDays;
    this.strategy = options.strategy ?? 'rolling';
    this.maxCv = options.maxCv ?? 0.1;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
  }

  /** Reads (and caches) the baseline. Missing file → empty. */
  async read(): Promise<BaselineData> {
    this.data = await readBaselineFile(this.file);
    return this.data;
  }

  /** Reads the pending candidate (manual strategy). Missing → empty. */
  async readCandidate(): Promise<BaselineData> {
    return readBaselineFile(this.candidateFile);
  }

  /** Samples of a series, one array per stored run, oldest first (from the last {@link read}). */
  samplesFor(key: BaselineKey): number[][] {
    const entry = this.data?.entries[formatBaselineKey(key)];
    return entry ? entry.runs.map((r) => r.samples) : [];
  }

  /**
   * A lookup for {@link buildReport}: the baseline samples of each measurement of `run`, or
   * `undefined` when the series has no runs. Call {@link read} first.
   */
  lookupFor(run: Run): (m: Measurement) => number[][] | undefined {
    return (m) => {
      const s = this.samplesFor(baselineKeyOf(run, m));
      return s.length > 0 ? s : undefined;
    };
  }

  /** Records a run per the strategy (see {@link decideRecording}). */
  async record(run: Run, options: RecordOptions = {}): Promise<RecordResult> {
    if (!this.data) await this.read();
    const baselineCv = (m: Measurement): number | undefined => {
      const runs = this.samplesFor(baselineKeyOf(run, m)).filter((r) => r.length >= 2);
      if (runs.length === 0) return undefined;
      const cvs = runs.map(coefficientOfVariation).sort((a, b) => a - b);
      return cvs[Math.floor((cvs.length - 1) / 2)];
    };
    const decision = decideRecording(run, options.report, options.strategy ?? this.strategy, { maxCv: this.maxCv, force: options.force, baselineCv });
    if (decision.target === 'none') return { recorded: false, target: 'none', reason: decision.reason, keys: [] };
    if (decision.target === 'candidate') {
      const keys = await this.writeCandidate(run);
      return { recorded: true, target: 'candidate', reason: decision.reason, keys, file: this.candidateFile };
    }
    const keys = await this.update(this.file, (data) => this.addRun(data, run));
    return { recorded: true, target: 'baseline', reason: decision.reason, keys, file: this.file };
  }

  /** Adds a run to the candidate file (manual strategy). Returns the series keys written. */
  async writeCandidate(run: Run): Promise<string[]> {
    // Candidates keep only the newest run per series: accepting promotes exactly what was reviewed.
    return this.update(this.candidateFile, (data) => this.addRun(data, run, 1));
  }

  /** Promotes the candidate into the baseline and deletes the candidate. Returns the keys promoted. */
  async accept(): Promise<string[]> {
    return withFileLock(
      this.lockFile,
      async () => {
        const candidate = await readBaselineFile(this.candidateFile);
        const data = await readBaselineFile(this.file);
        const keys: string[] = [];
        for (const [key, entry] of Object.entries(candidate.entries)) {
          for (const r of entry.runs) this.addSeries(data, key, entry, r);
          keys.push(key);
        }
        if (keys.length > 0) await writeFileAtomic(this.file, serializeBaseline(data));
        await rm(this.candidateFile, { force: true });
        this.data = data;
        return keys.sort();
      },
      { timeoutMs: this.lockTimeoutMs },
    );
  }

  /** Removes matching series (all when no filter). Returns the keys removed. */
  async reset(filter: ResetFilter = {}): Promise<string[]> {
    return this.update(this.file, (data) => {
      const removed: string[] = [];
      for (const [key, e] of Object.entries(data.entries)) {
        if (filter.route !== undefined && !matchRoute(filter.route, e.route)) continue;
        if (filter.metric !== undefined && filter.metric !== e.metric) continue;
        delete data.entries[key];
        removed.push(key);
      }
      return removed.sort();
    });
  }

  /** Read-modify-write of `file` under the lock; writes only when `change` returns keys. */
  private async update(file: string, change: (data: BaselineData) => string[]): Promise<string[]> {
    return withFileLock(
      this.lockFile,
      async () => {
        const data = await readBaselineFile(file);
        const keys = change(data);
        if (keys.length > 0) await writeFileAtomic(file, serializeBaseline(data));
        if (file === this.file) this.data = data;
        return keys;
      },
      { timeoutMs: this.lockTimeoutMs },
    );
  }

  private addRun(data: BaselineData, run: Run, keep = this.keepRuns): string[] {
    // Several measurements of one series in a run (e.g. two tests on one route) pool their samples.
    const series = new Map<string, { key: BaselineKey; unit: Measurement['unit']; samples: number[] }>();
    for (const m of run.measurements) {
      const key = baselineKeyOf(run, m);
      const name = formatBaselineKey(key);
      const s = series.get(name) ?? { key, unit: m.unit, samples: [] };
      s.samples.push(...m.samples.filter((x) => Number.isFinite(x)));
      series.set(name, s);
    }
    const keys: string[] = [];
    for (const [name, { key, unit, samples }] of series) {
      if (samples.length === 0) continue; // nothing measured: never store an empty run
      const entryRun = run.git?.sha ? { id: run.id, time: run.startedAt, sha: run.git.sha, samples } : { id: run.id, time: run.startedAt, samples };
      this.addSeries(data, name, { ...key, unit, runs: [] }, entryRun, keep);
      keys.push(name);
    }
    return keys.sort();
  }

  private addSeries(data: BaselineData, name: string, template: BaselineEntry, r: BaselineEntry['runs'][number], keep = this.keepRuns): void {
    const entry = data.entries[name] ?? { route: template.route, metric: template.metric, env: template.env, unit: template.unit, runs: [] };
    entry.unit = template.unit;
    entry.runs = entry.runs.filter((x) => x.id !== r.id);
    entry.runs.push(r);
    entry.runs.sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.id.localeCompare(b.id));
    if (this.maxAgeDays !== undefined) {
      const newest = Date.parse(entry.runs[entry.runs.length - 1]?.time ?? '');
      const cutoff = newest - this.maxAgeDays * 86_400_000;
      entry.runs = entry.runs.filter((x) => !(Date.parse(x.time) < cutoff));
    }
    entry.runs = entry.runs.slice(-keep);
    data.entries[name] = entry;
  }
}

