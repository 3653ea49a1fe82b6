import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gateFailures, readReportFile, ReportFileError } from '@perfgate/core';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { COMMON_OPTIONS, formatOption, parseCommandArgs } from '../parse.js';
import { FORMATS, renderReport } from '../render.js';
import { loadCliConfig } from '../load.js';
import { UsageError } from '../usage-error.js';

const HELP = `perfgate report [report.json] [options]

Prints a saved report (JSON written by a perfgate plugin or \`perfgate compare --format json\`)
as a terminal table, Markdown (PR comments, $GITHUB_STEP_SUMMARY) or JSON.
Without a file: the newest .json in <storageDir>/reports/.

Options:
  -f, --format <text|md|json>  output format (default text)
  -o, --out <file>             also write the output to this file
      --exit-zero              exit 0 even when the report has failures
  -d, --dir <dir>              storage directory (default: storageDir from the config, .perfgate)
  -c, --config <file>          config file
  -h, --help                   show this help

Exit codes: 0 report passes (or --exit-zero), 1 it has a broken error budget or a
regression that regression.failOn in the config fails on, 2 usage, config or input error.

Example:
  perfgate report .perfgate/reports/bundle.json --format md >> "$GITHUB_STEP_SUMMARY"
`;

async function newestReport(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    names = [];
  }
  if (names.length === 0) throw new ReportFileError(dir, 'no report JSON found', 'Run a perfgate plugin first, or pass the report file.');
  const withTimes = await Promise.all(names.map(async (n) => ({ file: path.join(dir, n), mtime: (await stat(path.join(dir, n))).mtimeMs })));
  withTimes.sort((a, b) => b.mtime - a.mtime || a.file.localeCompare(b.file));
  return (withTimes[0] as { file: string }).file;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'print a saved report as text, Markdown or JSON',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...COMMON_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, dir: { type: 'string', short: 'd' }, 'exit-zero': { type: 'boolean' } },
      'report',
    );
    if (values.help) {
      ctx.stdout(HELP);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UsageError(`expected at most 1 report file, got ${positionals.length}`, 'report');
    const format = formatOption(values.format, FORMATS, 'text', 'report');
    // The config is needed even with a file argument: `regression.failOn` decides the exit code.
    const { config, storageDir } = await loadCliConfig(ctx, values.config, values.dir);
    const file = positionals[0] ? path.resolve(ctx.cwd, positionals[0]) : await newestReport(path.join(storageDir, 'reports'));
    const report = await readReportFile(file);
    const text = renderReport(report, format, ctx);
    ctx.stdout(text);
    if (values.out) await writeFile(path.resolve(ctx.cwd, values.out), format === 'text' ? renderReport(report, 'text', { ...ctx, isTTY: false }) : text);
    const failures = gateFailures(report, config);
    if (failures.length === 0 || values['exit-zero']) return EXIT.ok;
    ctx.stderr(`perfgate: ${failures.length} failure${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}\n`);
    return EXIT.failed;
  },
};
