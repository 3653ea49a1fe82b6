import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHistoryStore } from '@perfgate/core';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { analyzeCommand } from './analyze.js';

function ctx(cwd: string): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: { CI: 'true' }, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}

/** 24 hourly lab runs ending now; LCP steps +25% at run 12. */
async function project(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'perfgate-cli-analyze-'));
  await writeFile(join(cwd, 'perfgate.config.json'), JSON.stringify({ budgets: { routes: [{ match: '/**', metrics: { LCP: { error: 4000 } } }] } }));
  const store = new FileHistoryStore({ dir: join(cwd, '.perfgate/history'), warn: () => {} });
  const end = Date.now() - 60_000;
  for (let i = 0; i < 24; i++) {
    const base = i < 12 ? 2000 : 2500;
    await store.appendRun({
      id: `run-${i}`, startedAt: new Date(end - (23 - i) * 3_600_000).toISOString(), source: 'lab', git: { sha: `${i.toString(16).padStart(2, '0')}c0ffee99`, branch: 'main' },
      environment: {}, measurements: [{ route: '/', metric: 'LCP', unit: 'ms', samples: [base - 20 + (i % 3) * 10, base + (i % 5) * 4, base + 15 - (i % 4) * 7] }],
    });
  }
  return cwd;
}

describe('perfgate analyze', () => {
  it('prints the Markdown analysis, writes the reports and fails on attention when asked', async () => {
    const cwd = await project();
    const c = ctx(cwd);
    expect(await analyzeCommand.run(['--since', '7d', '--format', 'md', '--fail-on-attention'], c)).toBe(1);
    const md = c.out.join('');
    expect(md).toMatch(/needs attention/);
    expect(md).toMatch(/LCP on \/ \(lab, throttling=none\) stepped \+2\d\.\d% at run 0[bcd]c0ffe .*bisect 0[abc]c0ffe\.\.0[bcd]c0ffe/);
    expect(c.err.join('')).toMatch(/wrote \.perfgate\/reports\/analysis-7d\.json, .*analysis-7d\.html/);
    expect(await readFile(join(cwd, '.perfgate/reports/analysis-7d.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('exits 0 without --fail-on-attention, and --update-baseline records the newest run', async () => {
    const cwd = await project();
    const c = ctx(cwd);
    expect(await analyzeCommand.run(['--since', '24h', '--update-baseline'], c)).toBe(0);
    expect(c.err.join('')).toMatch(/baseline updated from lab run run-23/);
    expect(JSON.parse(await readFile(join(cwd, '.perfgate/baseline.json'), 'utf8'))).toBeTruthy();
  });

  it('rejects a bad --since as a usage error', async () => {
    const cwd = await project();
    await expect(analyzeCommand.run(['--since', 'yesterday'], ctx(cwd))).rejects.toThrow(UsageError);
  });
});
