import { describe, expect, it } from 'vitest';
import { main, mainHelp } from './main.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import type { Command } from './command.js';
import { UsageError } from './usage-error.js';

function ctx(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd: process.cwd(), env: { CI: 'true' }, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}

describe('main', () => {
  it('every registered command has a name, a summary and help with usage and exit codes', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.help).toMatch(new RegExp(`^perfgate ${c.name}`));
      expect(c.help).toContain('Exit codes:');
      expect(mainHelp()).toContain(`  ${c.name}`);
    }
  });

  it('maps UsageError to exit code 2 with a pointer to --help, and unexpected errors to 2 with the stack', async () => {
    const failing: Command = { name: 'x', summary: 'test command', help: 'perfgate x', run: () => Promise.reject(new UsageError('needs a file', 'x')) };
    COMMANDS.push(failing);
    try {
      const c = ctx();
      expect(await main(['x'], c)).toBe(2);
      expect(c.err.join('')).toBe('perfgate x: needs a file\nRun `perfgate x --help` for usage.\n');
      failing.run = () => Promise.reject(new Error('kaput'));
      const c2 = ctx();
      expect(await main(['x'], c2)).toBe(2);
      expect(c2.err.join('')).toMatch(/^perfgate x: unexpected error: Error: kaput/);
    } finally {
      COMMANDS.pop();
    }
  });

  it('--version prints the package version', async () => {
    const c = ctx();
    expect(await main(['--version'], c)).toBe(0);
    expect(c.out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
