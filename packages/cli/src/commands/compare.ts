import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  baselineKeyOf,
  buildReport,
  environmentKey,
  formatBaselineKey,
  gateFailures,
  parseBaseline,
  readPerfgateInput,
  ReportFileError,
} from '@perfgate/core';
import type { Measurement, Run } from '@perfgate/core';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { COMMON_OPTIONS, formatOption, parseCommandArgs } from '../parse.js';
import { FORMATS, renderReport } from '../render.js';
import { loadCliConfig } from '../load.js';
import { UsageError } from '../usage-error.js';
import type { CliContext } from '../context.js';

const HELP = `perfgate compare <baseline> <current> [options]

Compares a run with a baseline and prints the report: budgets from perfgate.config
and a statistical comparison per route x metric (compareMany, Holm-corrected).

Arguments:
  <baseline>   .perfgate/baseline.json (a baseline store), or a report/run JSON
               (its samples are the baseline: one run)
  <current>    a report JSON (.perfgate/reports/*.json) or a run JSON

Options:
  -f, --format <text|md|json>  output format (default text)
  -o, --out <file>             also write the output to this file
  -c, --config <file>          config file (default: PERFGATE_CONFIG, then perfgate.config.* in the cwd)
  -h, --help                   show this help

Exit codes: 0 no regression and no broken error budget, 1 regression or budget
violation, 2 usage, config or input error.

Example:
  perfgate compare examples/baseline.json examples/current.json --config examples/perfgate.config.json
`;

/** A baseline lookup from a baseline store file, or from another run's samples (route × metric). */
async function baselineLookup(file: string, current: Run, ctx: CliContext): Promise<(m: Measurement) => number[][] | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ReportFileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'Check the path.', err);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ReportFileError(file, `not valid JSON (${(err as Error).message})`, 'Pass .perfgate/baseline.json or a report/run JSON written by perfgate.', err);
  }
  if (raw && typeof raw === 'object' && 'schemaVersion' in raw && 'entries' in raw) {
    const data = parseBaseline(raw, file);
    const wanted = environmentKey(current);
    const envs = new Set(Object.values(data.entries).map((e) => e.env));
    if (envs.size > 0 && !envs.has(wanted)) {
      ctx.stderr(`perfgate: ${file} has no series for environment [${wanted}] (it has ${[...envs].map((e) => `[${e}]`).join(', ')}); nothing to compare against.\n`);
    }
    return (m) => {
      const entry = data.entries[formatBaselineKey(baselineKeyOf(current, m))];
      return entry && entry.runs.length > 0 ? entry.runs.map((r) => r.samples) : undefined;
    };
  }
  const input = await readPerfgateInput(file);
  const base = input.kind === 'report' ? input.report.run : input.run;
  if (environmentKey(base) !== environmentKey(current)) {
    ctx.stderr(`perfgate: warning: comparing different environments: baseline [${environmentKey(base)}] vs current [${environmentKey(current)}].\n`);
  }
  const byKey = new Map(base.measurements.map((m) => [`${m.route}\u0000${m.metric}`, m.samples]));
  return (m) => {
    const s = byKey.get(`${m.route}\u0000${m.metric}`);
    return s && s.length > 0 ? [s] : undefined;
  };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare a run or report with a baseline and print the verdicts',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } }, 'compare');
    if (values.help) {
      ctx.stdout(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 2) throw new UsageError(`expected 2 files (<baseline> <current>), got ${positionals.length}`, 'compare');
    const format = formatOption(values.format, FORMATS, 'text', 'compare');
    const [baselineFile, currentFile] = positionals.map((p) => path.resolve(ctx.cwd, p)) as [string, string];
    const { config } = await loadCliConfig(ctx, values.config);
    const input = await readPerfgateInput(currentFile);
    const run = input.kind === 'report' ? input.report.run : input.run;
    const lookup = await baselineLookup(baselineFile, run, ctx);
    const report = buildReport(run, { config, baseline: lookup });
    const text = renderReport(report, format, ctx);
    ctx.stdout(text);
    if (values.out) await writeFile(path.resolve(ctx.cwd, values.out), format === 'text' ? renderReport(report, 'text', { ...ctx, isTTY: false }) : text);
    const failures = gateFailures(report, config);
    if (failures.length > 0) {
      ctx.stderr(`perfgate: ${failures.length} failure${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
