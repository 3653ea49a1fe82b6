import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PerfgateConfigInput } from '../config/index.js';
import type { Run, RunReport } from '../model.js';
import { gitInfo } from '../run-context.js';
import type { BundleModel } from './bundle-model.js';
import { bundleCompressions } from './bundle-compressions.js';
import { chunkSnapshotFile, readChunkSnapshot, snapshotOf, writeChunkSnapshot } from './chunk-snapshot.js';
import { createBundleRun } from './create-run.js';
import { explainGrowth, formatGrowth } from './explain-growth.js';
import { formatBytes } from './format-bytes.js';
import type { ChunkAttribution } from './measure-bundle.js';
import { measureBundle } from './measure-bundle.js';
import { renderRouteTable } from './route-table.js';
import { SizeCache } from './size-cache.js';

/** Options of {@link checkBundle}. */
export interface CheckBundleOptions {
  /** The app's root: where `perfgate.config.*` and `.perfgate/` are looked up. */
  cwd: string;
  /** `turbopack` | `webpack` | `vite` | … (recorded; baselines never mix bundlers). */
  bundler: string;
  /** App name in a monorepo: route names become `<app>:<route>`. */
  app?: string;
  /** Report file name under `.perfgate/reports/` (default `bundle-<app or bundler>`). */
  reportName?: string;
  /** Deep-merged over `perfgate.config.*`. */
  overrides?: PerfgateConfigInput;
  /** Compressed-size cache file (default `<storageDir>/cache/sizes.json`). */
  cacheFile?: string;
  /** Record this run as baseline (default: core's `PERFGATE_UPDATE_BASELINE` handling, `1` per the strategy, `force` always). */
  updateBaseline?: boolean;
  /** Where the table and summary go (default `console.log`). */
  log?: (line: string) => void;
}

/** What {@link checkBundle} found. */
export interface CheckBundleResult {
  run: Run;
  report: RunReport;
  /** 1 when a budget error or a failing regression was found. */
  exitCode: 0 | 1;
  /** One line per failure (route, metric, actual, limit), followed by why the route grew. */
  failures: string[];
  /** Warn-level budget lines (route, metric, actual, warn limit). */
  warnings: string[];
  /** Report and snapshot files written. */
  files: string[];
  /** The per-route table, as printed. */
  table: string;
  /** Time spent measuring, gating and writing (ms). */
  durationMs: number;
  /** Of which in core's `runGate`: report, report files, baseline, registered hooks such as history (ms). */
  gateMs: number;
}

/**
 * The one call every bundle producer makes: measures the model (sizes cached by content hash), wraps it
 * in a Run, hands it to core's `runGate` (budgets, baseline comparison, report files, baseline update),
 * prints the per-route table and explains growth chunk by chunk against the baseline's chunk lists.
 */
export async function checkBundle(model: BundleModel, options: CheckBundleOptions): Promise<CheckBundleResult> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const git = gitInfo(options.cwd); // .git is read while chunks are compressed
  // Loaded on first use: a next.config that imports withPerfgate is loaded by every Next process
  // (dev server, build workers), and only the one that runs the check needs config, statistics and reports.
  const [{ loadConfig }, { runGate }] = await Promise.all([import('../config/index.js'), import('../gate/index.js')]);
  const { config, rootDir } = await loadConfig({ cwd: options.cwd, ...(options.overrides ? { overrides: options.overrides } : {}) });
  const storageDir = resolve(rootDir, config.storageDir);
  const cache = new SizeCache(options.cacheFile ?? resolve(storageDir, 'cache', 'sizes.json'));
  const measurements = await measureBundle(model, {
    compression: bundleCompressions(config),
    brotliQuality: config.bundle.brotliQuality,
    cache,
    ...(options.app ? { app: options.app } : {}),
  });
  const gitFields = await git;
  const run = createBundleRun(measurements, { bundler: options.bundler, ...(gitFields ? { git: gitFields } : {}), ...(options.app ? { app: options.app } : {}) });
  const reportName = options.reportName ?? `bundle-${options.app ?? options.bundler}`;
  // Only an explicit option overrides runGate's own PERFGATE_UPDATE_BASELINE handling (=1, =force).
  const update = options.updateBaseline !== undefined ? { updateBaseline: options.updateBaseline } : {};
  const tGate = performance.now();
  const gate = await runGate(run, { cwd: rootDir, rootDir, config, reportName, ...update, log: false });
  const gateMs = performance.now() - tGate;

  const snapshotFile = chunkSnapshotFile(storageDir, reportName);
  const baselineChunks = await readChunkSnapshot(snapshotFile);
  const current = snapshotOf(measurements);
  const failures = [...gate.failures];
  const grown = new Set(
    gate.report.verdicts
      .filter((v) => v.budget?.status === 'error' || v.comparison?.verdict === 'regressed')
      .map((v) => v.route),
  );
  for (const route of grown) {
    const now = current.routes[route];
    const before = baselineChunks?.routes[route];
    if (!now) continue;
    const growth = before ? explainGrowth(now, before) : undefined;
    if (growth && (growth.added.length > 0 || growth.removed.length > 0 || growth.newPackages.length > 0)) {
      failures.push(`${route}: ${formatGrowth(growth)}`);
    } else {
      const note = before ? ' (same chunks as the baseline)' : ' (no baseline chunk list to compare with; record one with PERFGATE_UPDATE_BASELINE=1)';
      failures.push(`${route}: first load is ${describeChunks(now)}${note}`);
    }
  }
  const warnings = gate.report.verdicts
    .filter((v) => v.budget?.status === 'warn')
    .map((v) => `${v.route} ${v.metric}: ${formatBytes(v.budget!.actual)} is over the warn limit ${formatBytes(v.budget!.limit!)}`);
  const files = [...gate.files];
  if (gate.baseline?.recorded) {
    await writeChunkSnapshot(snapshotFile, current);
    files.push(snapshotFile);
  }

  const table = renderRouteTable(gate.report, { gateMetric: config.bundle.gateMetric });
  const durationMs = performance.now() - t0;
  log(`perfgate (${options.bundler}${options.app ? `, ${options.app}` : ''}): first-load bytes per route`);
  log(table);
  for (const w of warnings) log(`⚠ ${w}`);
  log(
    `perfgate: ${model.routes.length} routes checked in ${durationMs.toFixed(0)} ms ` +
      `(${cache.misses} files compressed, ${cache.hits} from cache)` +
      (gate.baseline ? `; baseline ${gate.baseline.recorded ? 'recorded' : `not recorded (${gate.baseline.reason})`}` : '') +
      (gate.files.length > 0 ? `; report: ${gate.files.join(', ')}` : ''),
  );
  return { run, report: gate.report, exitCode: gate.exitCode, failures, warnings, files, table, durationMs, gateMs };
}

function describeChunks(chunks: ChunkAttribution[]): string {
  const top = [...chunks].sort((a, b) => (b.gzip ?? b.raw) - (a.gzip ?? a.raw)).slice(0, 5);
  return top
    .map((c) => `${c.file} ${formatBytes(c.gzip ?? c.raw)}${c.gzip !== undefined ? ' gzip' : ''}${c.packages?.length ? ` (${c.packages.slice(0, 3).join(', ')})` : ''}`)
    .join(', ') + (chunks.length > 5 ? ` and ${chunks.length - 5} more` : '');
}
