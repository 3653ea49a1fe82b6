import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../context.js';
import { reportCommand } from './report.js';

function ctx(cwd: string): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: { CI: 'true' }, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}

const example = fileURLToPath(new URL('../../examples/report.json', import.meta.url));

/** The sample report with its budgets dropped: two critical LCP regressions, no budget error. */
async function regressionsOnly(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'perfgate-cli-report-'));
  const report = JSON.parse(await readFile(example, 'utf8')) as { hasBudgetErrors: boolean; verdicts: Array<{ budget?: unknown }>; regressions: Array<{ budget?: unknown }> };
  for (const v of [...report.verdicts, ...report.regressions]) delete v.budget;
  report.hasBudgetErrors = false;
  await writeFile(join(cwd, 'report.json'), JSON.stringify(report));
  return cwd;
}

describe('perfgate report exit code', () => {
  it('fails on the regressions by default (failOn any) and names them on stderr', async () => {
    const cwd = await regressionsOnly();
    const c = ctx(cwd);
    expect(await reportCommand.run(['report.json'], c)).toBe(1);
    expect(c.err.join('')).toMatch(/^perfgate: 2 failures:\n {2}✖ \/dashboard LCP: regressed \+/);
  });

  it("follows the config's regression.failOn: 'never' passes a report whose only failures are regressions", async () => {
    const cwd = await regressionsOnly();
    await writeFile(join(cwd, 'perfgate.config.json'), JSON.stringify({ regression: { failOn: 'never' } }));
    const c = ctx(cwd);
    expect(await reportCommand.run(['report.json'], c)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.join('')).toMatch(/REGRESSED/);
  });

  it('still fails a broken error budget under failOn never', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'perfgate-cli-report-'));
    await writeFile(join(cwd, 'perfgate.config.json'), JSON.stringify({ regression: { failOn: 'never' } }));
    const c = ctx(cwd);
    expect(await reportCommand.run([example], c)).toBe(1);
    expect(c.err.join('')).toMatch(/perfgate: 1 failure:\n {2}✖ \/campaigns\/\[id\] LCP: \d+ ms is over its budget of 3000 ms/);
  });
});
