import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Run, RunReport } from '../model.js';
import type { PerfgateConfig, PerfgateConfigInput } from '../config/schema.js';
import { loadConfig } from '../config/load-config.js';
import { FileBaselineStore } from '../baseline/file-baseline-store.js';
import type { RecordResult } from '../baseline/file-baseline-store.js';
import { writeFileAtomic } from '../baseline/json-file.js';
import { buildReport } from '../report/build-report.js';
import { gateFailures } from '../report/gate-failures.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderText } from '../report/render-text.js';
import { shouldUseColor } from '../report/color.js';
import { registeredGateHooks, registeredReportFormats } from './extensions.js';
import { registerHistoryExtensions } from '../history/gate-extensions.js';
import type { GateContext, ReportFormat } from './extensions.js';

/** Options of {@link runGate}. */
export interface GateOptions {
  /** Where to look for `perfgate.config.*` (default `process.cwd()`). */
  cwd?: string;
  /** An already-loaded config (skips loading); paths are then relative to `rootDir` or `cwd`. */
  config?: PerfgateConfig;
  /** Explicit config file. */
  configFile?: string;
  /** Deep-merged over the config file (e.g. `withPerfgate(nextConfig, overrides)`). */
  overrides?: PerfgateConfigInput;
  /** Directory `storageDir` is relative to when `config` is given (default `cwd`). */
  rootDir?: string;
  /** Report file base name (default: `<app>-<source>` or `<source>`, e.g. `bundle`, `lab`). */
  reportName?: string;
  /** Record the run in the baseline (default: `PERFGATE_UPDATE_BASELINE=1` or `=force`). */
  updateBaseline?: boolean;
  /** Record even a regressed/noisy run (default: `PERFGATE_UPDATE_BASELINE=force`). */
  forceBaseline?: boolean;
  /** Write report files (default true). */
  writeReports?: boolean;
  /** Extra formats for this call, besides the registered ones. */
  formats?: ReportFormat[];
  /** Where the text report and notes go (default stdout); `false` = silent. */
  log?: ((text: string) => void) | false;
  /** Passing rows shown in the logged table before the rest are summed up in one line (default 30); report files always have all rows. */
  maxPassingRows?: number;
  /** Colour in the logged table (default: TTY and no `CI`/`NO_COLOR`). */
  color?: boolean;
  /** Environment (default `process.env`): `PERFGATE_UPDATE_BASELINE`, `PERFGATE_CONFIG`, `GITHUB_STEP_SUMMARY`, `CI`, `NO_COLOR`. */
  env?: Record<string, string | undefined>;
}

/** What {@link runGate} returns. */
export interface GateResult {
  report: RunReport;
  /** 0 = passed, 1 = a regression (at or above `regression.failOn`) or a broken error budget. */
  exitCode: 0 | 1;
  /** One line per failure (route, metric, actual, limit or baseline); empty when passed. */
  failures: string[];
  /** Absolute paths of files written (reports, baseline, hook outputs). */
  files: string[];
  /** Baseline update outcome, when one was asked for. */
  baseline?: RecordResult;
  /** Problems in hooks/formats that did not fail the gate. */
  warnings: string[];
  config: PerfgateConfig;
  /** Absolute storage directory. */
  storageDir: string;
}

/** Passing rows the gate prints before summing up the rest (the files keep every row). */
const DEFAULT_MAX_PASSING_ROWS = 30;

function defaultReportName(run: Run): string {
  const base = run.environment.app ? `${run.environment.app}-${run.source}` : run.source;
  return base.replace(/[^\w.-]+/g, '_');
}

/**
 * The one call every adapter makes: loads the config and baseline, builds the report, writes
 * `<storageDir>/reports/<name>.{json,md,txt}` (+ registered formats such as html) atomically, appends the
 * Markdown to `$GITHUB_STEP_SUMMARY` when set, records the baseline when asked (per the configured
 * strategy), runs registered hooks, and returns the verdict.
 * @throws PerfgateConfigError, BaselineFileError, BaselineSchemaError — bad input is never overwritten.
 */
let builtinsRegistered = false;

export async function runGate(run: Run, options: GateOptions = {}): Promise<GateResult> {
  // The HTML report and the history/export/alert hook are part of every gate (history can be turned off
  // with `history.enabled: false`); registered once, so a caller may still replace or remove them.
  if (!builtinsRegistered) {
    builtinsRegistered = true;
    registerHistoryExtensions();
  }
  const env = options.env ?? process.env;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  let config: PerfgateConfig;
  let rootDir: string;
  if (options.config) {
    config = options.config;
    rootDir = path.resolve(options.rootDir ?? cwd);
  } else {
    const loaded = await loadConfig({ cwd, ...(options.configFile ? { file: options.configFile } : {}), ...(options.overrides ? { overrides: options.overrides } : {}), env });
    config = loaded.config;
    rootDir = loaded.rootDir;
  }
  const log = options.log === false ? () => {} : (options.log ?? ((t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`)));
  const storageDir = path.resolve(rootDir, config.storageDir);
  const store = new FileBaselineStore({
    dir: storageDir,
    keepRuns: config.baseline.keepRuns,
    strategy: config.baseline.strategy,
    maxCv: config.baseline.maxCv,
    ...(config.baseline.maxAgeDays !== undefined ? { maxAgeDays: config.baseline.maxAgeDays } : {}),
  });
  await store.read();
  const report = buildReport(run, { config, baseline: store.lookupFor(run) });
  const failures = gateFailures(report, config);
  const files: string[] = [];
  const warnings: string[] = [];
  const context: GateContext = { run, report, config, rootDir, storageDir, log };

  const color = options.log === false ? false : (options.color ?? shouldUseColor(process.stdout, env));
  const plainText = renderText(report, { color: false });
  const name = options.reportName ?? defaultReportName(run);
  const txtFile = path.join(storageDir, 'reports', `${name}.txt`);
  if (options.log !== false) {
    const maxPassingRows = options.maxPassingRows ?? DEFAULT_MAX_PASSING_ROWS;
    const short = report.verdicts.length > maxPassingRows;
    log(
      short || color
        ? renderText(report, { color, ...(short ? { maxPassingRows, ...(options.writeReports !== false ? { fullReportPath: path.relative(cwd, txtFile) || txtFile } : {}) } : {}) })
        : plainText,
    );
  }

  if (options.writeReports !== false) {
    const dir = path.join(storageDir, 'reports');
    const markdown = renderMarkdown(report);
    const outputs: Array<[string, string]> = [
      ['json', renderJson(report)],
      ['md', markdown],
      ['txt', plainText],
    ];
    for (const format of [...registeredReportFormats(), ...(options.formats ?? [])]) {
      try {
        outputs.push([format.extension, await format.render(report, context)]);
      } catch (err) {
        warnings.push(`report format ${format.extension} failed: ${(err as Error).message}`);
      }
    }
    for (const [ext, text] of outputs) {
      const file = path.join(dir, `${name}.${ext}`);
      await writeFileAtomic(file, text, { fsync: false }); // reports are regenerated every run
      files.push(file);
    }
    if (env.GITHUB_STEP_SUMMARY) {
      try {
        await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
      } catch (err) {
        warnings.push(`could not append to GITHUB_STEP_SUMMARY: ${(err as Error).message}`);
      }
    }
  }

  let baseline: RecordResult | undefined;
  // PERFGATE_UPDATE_BASELINE=1 records per the strategy; =force records even a regressed or noisy run.
  const update = options.updateBaseline ?? (env.PERFGATE_UPDATE_BASELINE === '1' || env.PERFGATE_UPDATE_BASELINE === 'force');
  const force = options.forceBaseline ?? env.PERFGATE_UPDATE_BASELINE === 'force';
  if (update) {
    baseline = await store.record(run, { report, ...(force ? { force: true } : {}) });
    if (baseline.file) files.push(baseline.file);
    log(`perfgate baseline: ${baseline.recorded ? `recorded ${baseline.keys.length} series into ${baseline.file}` : 'not recorded'} (${baseline.reason})`);
  }

  for (const [hookName, hook] of registeredGateHooks()) {
    try {
      const written = await hook(context);
      if (written) files.push(...written);
    } catch (err) {
      warnings.push(`gate hook ${hookName} failed: ${(err as Error).message}`);
    }
  }
  for (const w of warnings) log(`perfgate warning: ${w}`);
  if (failures.length > 0) log(`perfgate: failed\n${failures.map((f) => `  ✖ ${f}`).join('\n')}`);

  const result: GateResult = { report, exitCode: failures.length > 0 ? 1 : 0, failures, files, warnings, config, storageDir };
  if (baseline) result.baseline = baseline;
  return result;
}
