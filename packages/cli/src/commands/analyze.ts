import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DurationFormatError, renderAnalysisMarkdown, renderAnalysisText, resolveSince, runAnalysis } from '@perfgate/core';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { loadCliConfig } from '../load.js';
import { COMMON_OPTIONS, formatOption, parseCommandArgs } from '../parse.js';
import { UsageError } from '../usage-error.js';

const HELP = `perfgate analyze [options]

The scheduled analysis over .perfgate/history/: per route × metric the trend, change points
(where a metric stepped, with size and p-value), anomalies of the latest run, budget status and
recommendations. Writes <storageDir>/reports/analysis-<since>.{json,md,txt,html}.
Use --since 7d for the weekly analysis and --since 24h for the daily health check.

Options:
  -s, --since <window>         7d, 24h, 30m, 2w or an ISO date (default 7d)
  -f, --format <text|md|json>  what to print (default text)
  -o, --out <file>             also write the printed output to this file
      --update-baseline        record the newest run of each source into the baseline
                               (rolling window, per baseline.strategy)
      --alerts                 evaluate alerts.rules over the window and deliver them
      --fail-on-attention      exit 1 when something needs attention (budget error,
                               adverse step, worse trend, anomaly)
  -d, --dir <dir>              storage directory (default: storageDir from the config)
  -c, --config <file>          config file
  -h, --help                   show this help

Exit codes: 0 analysed (or healthy with --fail-on-attention), 1 needs attention
(only with --fail-on-attention), 2 usage, config or input error.

Examples:
  perfgate analyze --since 7d --format md >> "$GITHUB_STEP_SUMMARY"
  perfgate analyze --since 24h --alerts --update-baseline
`;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'trends, change points, anomalies and budget status over the run history',
  help: HELP,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...COMMON_OPTIONS,
        since: { type: 'string', short: 's' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        dir: { type: 'string', short: 'd' },
        'update-baseline': { type: 'boolean' },
        alerts: { type: 'boolean' },
        'fail-on-attention': { type: 'boolean' },
      },
      'analyze',
    );
    if (values.help) {
      ctx.stdout(HELP);
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`, 'analyze');
    const since = values.since ?? '7d';
    try {
      resolveSince(since, Date.now(), '--since');
    } catch (err) {
      if (err instanceof DurationFormatError) throw new UsageError(err.message, 'analyze');
      throw err;
    }
    const format = formatOption(values.format, ['text', 'md', 'json'] as const, 'text', 'analyze');
    const { config, storageDir } = await loadCliConfig(ctx, values.config, values.dir);
    const logs: string[] = [];
    const result = await runAnalysis({
      config,
      storageDir,
      since,
      updateBaseline: values['update-baseline'] === true,
      alerts: values.alerts === true,
      env: ctx.env,
      log: (line) => logs.push(line),
    });
    const title = `perfgate analysis (since ${since})`;
    const text =
      format === 'json' ? `${JSON.stringify(result.analysis, null, 2)}\n`
      : format === 'md' ? renderAnalysisMarkdown(result.analysis, title)
      : renderAnalysisText(result.analysis, title);
    ctx.stdout(text);
    for (const line of logs) ctx.stderr(`${line}\n`);
    ctx.stderr(`perfgate analyze: wrote ${result.files.map((f) => path.relative(ctx.cwd, f)).join(', ')}\n`);
    if (values.out) await writeFile(path.resolve(ctx.cwd, values.out), text);
    return values['fail-on-attention'] && !result.analysis.healthy ? EXIT.failed : EXIT.ok;
  },
};
