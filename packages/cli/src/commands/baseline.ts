import path from 'node:path';
import { buildReport, FileBaselineStore, formatValue, readPerfgateInput, summarize } from '@perfgate/core';
import { chunkSnapshotFile, snapshotOf, writeChunkSnapshot } from '@perfgate/core/bundle';
import type { BaselineData, BaselineStrategy, PerfgateConfig } from '@perfgate/core';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../parse.js';
import { loadCliConfig } from '../load.js';
import { UsageError } from '../usage-error.js';

const HELP = `perfgate baseline <show|update|accept|reset> [options]

Manages the committed baseline (<storageDir>/baseline.json, default .perfgate/).

  show                       list the series (route x metric x environment) and their runs
  update <run|report.json>   record a run per the configured strategy:
                               rolling      add it, unless it regressed
                               manual       write baseline.candidate.json (then: accept)
                               auto-stable  add it only if it passed and its spread CV <= maxCv
                             a bundle run also refreshes <storageDir>/baseline-chunks/<file name>.json,
                             the chunk lists the "why it grew" lines compare with
  accept                     promote baseline.candidate.json into baseline.json
  reset                      remove series (all of them needs --yes)

Options:
      --json                 show: print the baseline JSON
      --force                update: record even a regressed or noisy run
      --strategy <name>      update: rolling | manual | auto-stable (default from the config)
      --route <glob>         show/reset: only routes matching the glob
      --metric <id>          show/reset: only this metric
      --yes                  reset: confirm removing every series
  -d, --dir <dir>            storage directory (default: storageDir from the config, .perfgate)
  -c, --config <file>        config file
  -h, --help                 show this help

Exit codes: 0 done, 1 update did not record the run (regressed or noisy; see
the message), 2 usage, config, corrupt or newer-schema baseline.

Examples:
  perfgate baseline show
  PERFGATE_CONFIG=perfgate.config.ts perfgate baseline update .perfgate/reports/lab.json
  perfgate baseline reset --route '/campaigns/**' --metric LCP
`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  dir: { type: 'string', short: 'd' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  strategy: { type: 'string' },
  route: { type: 'string' },
  metric: { type: 'string' },
  yes: { type: 'boolean' },
} as const;

const STRATEGIES: readonly BaselineStrategy[] = ['rolling', 'manual', 'auto-stable'];

function storeFor(config: PerfgateConfig, storageDir: string): FileBaselineStore {
  return new FileBaselineStore({
    dir: storageDir,
    keepRuns: config.baseline.keepRuns,
    strategy: config.baseline.strategy,
    maxCv: config.baseline.maxCv,
    ...(config.baseline.maxAgeDays !== undefined ? { maxAgeDays: config.baseline.maxAgeDays } : {}),
  });
}

function showTable(data: BaselineData, filter: { route?: string; metric?: string }, matches: (glob: string, route: string) => boolean): string {
  const rows = Object.entries(data.entries)
    .filter(([, e]) => (filter.route === undefined || matches(filter.route, e.route)) && (filter.metric === undefined || e.metric === filter.metric))
    .map(([, e]) => {
      const last = e.runs[e.runs.length - 1];
      const median = last ? summarize(last.samples).median : Number.NaN;
      return [e.route, e.metric, e.env, String(e.runs.length), last ? `${last.id}${last.sha ? ` (${last.sha.slice(0, 8)})` : ''}` : '–', last?.time.slice(0, 19).replace('T', ' ') ?? '–', formatValue(median, e.unit)];
    });
  if (rows.length === 0) return '(baseline is empty)\n';
  const head = ['route', 'metric', 'environment', 'runs', 'last run', 'time (UTC)', 'last median'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[fmt(head), ...rows.map(fmt)].join('\n')}\n`;
}

async function run(argv: string[], ctx: CliContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'baseline');
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    ctx.stdout(HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const { config, storageDir } = await loadCliConfig(ctx, values.config, values.dir);
  const store = storeFor(config, storageDir);
  const rel = (f: string) => path.relative(ctx.cwd, f) || f;
  const { matchRoute } = await import('@perfgate/core');
  const filter = { ...(values.route !== undefined ? { route: values.route } : {}), ...(values.metric !== undefined ? { metric: values.metric } : {}) };

  switch (sub) {
    case 'show': {
      if (rest.length > 0) throw new UsageError(`baseline show takes no file, got ${rest.join(' ')}`, 'baseline');
      const data = await store.read();
      if (values.json) {
        const { serializeBaseline } = await import('@perfgate/core');
        ctx.stdout(serializeBaseline(data));
      } else {
        ctx.stdout(`${rel(store.file)}\n${showTable(data, filter, matchRoute)}`);
        const candidate = await store.readCandidate();
        const n = Object.keys(candidate.entries).length;
        if (n > 0) ctx.stdout(`\nPending candidate (${rel(store.candidateFile)}): ${n} series; run \`perfgate baseline accept\` to promote it.\n`);
      }
      return EXIT.ok;
    }
    case 'update': {
      if (rest.length !== 1) throw new UsageError(`baseline update needs exactly 1 run or report file, got ${rest.length}`, 'baseline');
      let strategy: BaselineStrategy | undefined;
      if (values.strategy !== undefined) {
        if (!(STRATEGIES as readonly string[]).includes(values.strategy)) throw new UsageError(`--strategy ${values.strategy} is not one of ${STRATEGIES.join(', ')}`, 'baseline');
        strategy = values.strategy as BaselineStrategy;
      }
      const input = await readPerfgateInput(path.resolve(ctx.cwd, rest[0] as string));
      await store.read();
      const runData = input.kind === 'report' ? input.report.run : input.run;
      // Judge the run against the baseline as it is now (a saved report may be stale).
      const report = buildReport(runData, { config, baseline: store.lookupFor(runData) });
      const result = await store.record(runData, { report, ...(strategy ? { strategy } : {}), ...(values.force ? { force: true } : {}) });
      if (result.recorded) {
        ctx.stdout(`Recorded run ${runData.id} (${result.keys.length} series) into ${rel(result.file ?? store.file)}: ${result.reason}.\n`);
        const snapshot = runData.source === 'bundle' ? snapshotOf(runData.measurements) : undefined;
        if (snapshot && Object.keys(snapshot.routes).length > 0) {
          // Named like the report it came from (bundle-next-turbopack.json → baseline-chunks/bundle-next-turbopack.json), as the bundle plugins name it.
          const target = chunkSnapshotFile(storageDir, path.basename(rest[0] as string).replace(/\.json$/i, ''));
          await writeChunkSnapshot(target, snapshot);
          ctx.stdout(`Chunk lists of ${Object.keys(snapshot.routes).length} routes into ${rel(target)}.\n`);
        }
        return EXIT.ok;
      }
      ctx.stderr(`Not recorded: ${result.reason}.\n`);
      return EXIT.failed;
    }
    case 'accept': {
      if (rest.length > 0) throw new UsageError(`baseline accept takes no file, got ${rest.join(' ')}`, 'baseline');
      const keys = await store.accept();
      ctx.stdout(keys.length > 0 ? `Accepted ${keys.length} series into ${rel(store.file)}.\n` : `Nothing to accept: no candidate at ${rel(store.candidateFile)}.\n`);
      return EXIT.ok;
    }
    case 'reset': {
      if (rest.length > 0) throw new UsageError(`baseline reset takes no file, got ${rest.join(' ')}`, 'baseline');
      if (filter.route === undefined && filter.metric === undefined && !values.yes) {
        throw new UsageError('baseline reset without --route or --metric removes every series; add --yes to confirm', 'baseline');
      }
      const removed = await store.reset(filter);
      ctx.stdout(`Removed ${removed.length} series from ${rel(store.file)}.\n${removed.map((k) => `  - ${k}\n`).join('')}`);
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown baseline subcommand "${sub}" (show, update, accept, reset)`, 'baseline');
  }
}

export const baselineCommand: Command = { name: 'baseline', summary: 'show, update, accept or reset the committed baseline', help: HELP, run };
