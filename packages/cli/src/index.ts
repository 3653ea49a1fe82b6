// @perfgate/cli programmatic API: run the CLI in-process, or add a command.
export { main, mainHelp } from './main.js';
export { COMMANDS } from './commands/index.js';
export type { Command, CommandOptions } from './command.js';
export type { CliContext } from './context.js';
export { processContext } from './context.js';
export { EXIT } from './exit-codes.js';
export type { ExitCode } from './exit-codes.js';
export { UsageError } from './usage-error.js';
export { parseCommandArgs, formatOption, COMMON_OPTIONS } from './parse.js';
export { loadCliConfig } from './load.js';
export type { CliConfig } from './load.js';
export { renderReport, FORMATS } from './render.js';
export type { Format } from './render.js';
