import { readFileSync } from 'node:fs';
import { BaselineFileError, BaselineLockError, BaselineSchemaError, PerfgateConfigError, ReportFileError } from '@perfgate/core';
import { COMMANDS } from './commands/index.js';
import type { Command } from './command.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';
import { UsageError } from './usage-error.js';

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** `perfgate --help`. */
export function mainHelp(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `perfgate — performance gates for Next.js apps (bundle budgets, Web Vitals, baselines)

Usage: perfgate <command> [options]     perfgate <command> --help

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes:
  0  ok
  1  a regression or a budget violation
  2  usage error, invalid config, or an unreadable/invalid input or baseline file

Environment: PERFGATE_CONFIG (config path), PERFGATE_UPDATE_BASELINE=1, CI / NO_COLOR (no colour).
`;
}

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. Never throws. */
export async function main(argv: string[], ctx: CliContext): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    ctx.stdout(target ? target.help : mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr(`perfgate: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr(`perfgate ${command.name}: ${err.message}\nRun \`perfgate ${command.name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (
      err instanceof PerfgateConfigError ||
      err instanceof BaselineFileError ||
      err instanceof BaselineSchemaError ||
      err instanceof BaselineLockError ||
      err instanceof ReportFileError
    ) {
      ctx.stderr(`perfgate ${command.name}: ${err.message}\n`);
      return EXIT.usage;
    }
    ctx.stderr(`perfgate ${command.name}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.usage;
  }
}
