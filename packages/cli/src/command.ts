import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';

/** Option definitions in `node:util` parseArgs form. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** One `perfgate <name>` command. One file each in `src/commands/`, listed in `src/commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for `perfgate --help`. */
  summary: string;
  /** Full `--help` text (usage, arguments, options, exit codes, examples). */
  help: string;
  /** Runs the command with the arguments after its name; returns the exit code. Throw `UsageError` for bad usage. */
  run(argv: string[], ctx: CliContext): Promise<ExitCode>;
}
