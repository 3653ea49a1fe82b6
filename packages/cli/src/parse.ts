import { parseArgs } from 'node:util';
import type { CommandOptions } from './command.js';
import { UsageError } from './usage-error.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  config: { type: 'string', short: 'c' },
} as const satisfies CommandOptions;

/** What {@link parseCommandArgs} returns for options `O`. */
export type ParsedArgs<O extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** parseArgs (strict) that turns its errors into a {@link UsageError} for `command`. */
export function parseCommandArgs<O extends CommandOptions>(argv: string[], options: O, command: string): ParsedArgs<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message, command);
  }
}

/** Reads `--format`, checking it is one of `allowed`. */
export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, command: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format ${value} is not one of ${allowed.join(', ')}`, command);
}
