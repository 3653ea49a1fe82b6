// The command registry: one file per command in this folder, one line each here.
import type { Command } from '../command.js';
import { compareCommand } from './compare.js';
import { baselineCommand } from './baseline.js';
import { reportCommand } from './report.js';
import { analyzeCommand } from './analyze.js';

export const COMMANDS: Command[] = [
  compareCommand,
  baselineCommand,
  reportCommand,
  analyzeCommand,
];
