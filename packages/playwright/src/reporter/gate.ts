/**
 * Runs core's gate on a Run. Uses `runGate` from @perfgate/core (API-PLAN "gate/"); until that lands
 * in the installed core, composes the same steps from core's parts: config, baseline store,
 * `buildReport`, renderers, `gateFailures`, baseline recording.
 */
import * as core from '@perfgate/core';
import type { PerfgateConfig, Run, RunReport } from '@perfgate/core';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What the gate returns (API-PLAN `GateResult`). */
export interface GateOutcome {
  report: RunReport;
  exitCode: 0 | 1;
  failures: string[];
  files: string[];
  /** What baseline recording did, when asked. */
  baseline?: string;
}

/** Options (API-PLAN `runGate` options). */
export interface GateOptions {
  cwd: string;
  reportName: string;
  updateBaseline: boolean;
  log: (line: string) => void;
}

type RunGate = (run: Run, options: { cwd?: string; config?: PerfgateConfig; reportName?: string; updateBaseline?: boolean; log?: (line: string) => void }) => Promise<GateOutcome>;

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}

/** Runs the gate. */
export async function runPerfGate(run: Run, options: GateOptions): Promise<GateOutcome> {
  const planned = (core as unknown as { runGate?: RunGate }).runGate;
  if (typeof planned === 'function') {
    return planned(run, { cwd: options.cwd, reportName: options.reportName, updateBaseline: options.updateBaseline, log: options.log });
  }
  const { config, rootDir } = await core.loadConfig({ cwd: options.cwd });
  const dir = resolve(rootDir, config.storageDir);
  const store = new core.FileBaselineStore({
    dir,
    keepRuns: config.baseline.keepRuns,
    strategy: config.baseline.strategy,
    maxCv: config.baseline.maxCv,
    ...(config.baseline.maxAgeDays !== undefined ? { maxAgeDays: config.baseline.maxAgeDays } : {}),
  });
  await store.read();
  const report = core.buildReport(run, { config, baseline: store.lookupFor(run) });
  const reports = join(dir, 'reports');
  await mkdir(reports, { recursive: true });
  const files: string[] = [];
  for (const [ext, text] of [
    ['json', core.renderJson(report)],
    ['md', core.renderMarkdown(report)],
    ['txt', core.renderText(report, { color: false })],
  ] as const) {
    const file = join(reports, `${options.reportName}.${ext}`);
    await writeAtomic(file, text);
    files.push(file);
  }
  const failures = core.gateFailures(report, config);
  let baseline: string | undefined;
  if (options.updateBaseline) {
    const r = await store.record(run, { report });
    baseline = r.recorded ? `recorded ${r.keys.length} series into ${r.file ?? dir} (${r.reason})` : `not recorded: ${r.reason}`;
    options.log(`perfgate: baseline ${baseline}`);
  }
  return { report, exitCode: failures.length ? 1 : 0, failures, files, ...(baseline ? { baseline } : {}) };
}
