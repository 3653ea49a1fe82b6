import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGate } from './run-gate.js';
import { registerGateHook, registerReportFormat, unregisterGateExtension } from './extensions.js';
import { BaselineFileError } from '../baseline/errors.js';
import { PerfgateConfigError } from '../config/errors.js';
import type { Run } from '../model.js';

async function app(config?: object): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'perfgate-gate-'));
  if (config) await writeFile(path.join(dir, 'perfgate.config.json'), JSON.stringify(config));
  return dir;
}

const bundleRun = (id: string, bytes: number): Run => ({
  id,
  startedAt: `2026-01-0${id.length}T00:00:00.000Z`,
  source: 'bundle',
  environment: { bundler: 'webpack' },
  measurements: [{ route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [bytes] }],
});

afterEach(() => {
  unregisterGateExtension('format', 'html');
  unregisterGateExtension('hook', 'history');
});

describe('runGate', () => {
  it('passes, writes json/md/txt reports and records the baseline only when asked', async () => {
    const cwd = await app({ budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { error: '150 kB' } } }] } });
    const lines: string[] = [];
    const r1 = await runGate(bundleRun('a', 100_000), { cwd, env: {}, log: (t) => lines.push(t) });
    expect(r1.exitCode).toBe(0);
    expect(r1.failures).toEqual([]);
    // json/md/txt, the built-in HTML report, and the run appended to the history (month of the run).
    expect(r1.files.map((f) => path.relative(cwd, f))).toEqual([
      path.join('.perfgate', 'reports', 'bundle.json'),
      path.join('.perfgate', 'reports', 'bundle.md'),
      path.join('.perfgate', 'reports', 'bundle.txt'),
      path.join('.perfgate', 'reports', 'bundle.html'),
      expect.stringMatching(/^\.perfgate[/\\]history[/\\]\d{4}-\d{2}\.jsonl$/),
    ]);
    expect(existsSync(path.join(cwd, '.perfgate', 'baseline.json'))).toBe(false);
    expect(lines.join('\n')).toContain('no baseline');

    const r2 = await runGate(bundleRun('a', 100_000), { cwd, env: { PERFGATE_UPDATE_BASELINE: '1' }, log: false });
    expect(r2.baseline).toMatchObject({ recorded: true, target: 'baseline' });
    expect(r2.files).toContain(path.join(cwd, '.perfgate', 'baseline.json'));

    const r3 = await runGate(bundleRun('bb', 130_000), { cwd, env: {}, log: false });
    expect(r3.exitCode).toBe(1);
    expect(r3.failures).toEqual(['/ bundle.js.gzip: regressed +30.0% (+30.0 kB) vs baseline 100.0 kB → 130.0 kB, over the allowed change of +10.0% and +1.0 kB (critical, exact)']);
    const json = JSON.parse(await readFile(path.join(cwd, '.perfgate', 'reports', 'bundle.json'), 'utf8')) as { hasRegressions: boolean };
    expect(json.hasRegressions).toBe(true);
    expect(await readFile(path.join(cwd, '.perfgate', 'reports', 'bundle.txt'), 'utf8')).toMatch(/REGRESSED/);

    // rolling strategy: the regressed run is not recorded even when asked
    const r4 = await runGate(bundleRun('bb', 130_000), { cwd, env: {}, updateBaseline: true, log: false });
    expect(r4.baseline?.recorded).toBe(false);
    const r5 = await runGate(bundleRun('bb', 130_000), { cwd, env: { PERFGATE_UPDATE_BASELINE: 'force' }, log: false });
    expect(r5.baseline).toMatchObject({ recorded: true, reason: 'forced' });
    expect((await runGate(bundleRun('bb', 130_000), { cwd, env: {}, log: false })).exitCode).toBe(0);
    const over = await runGate(bundleRun('ccc', 160_000), { cwd, env: {}, log: false });
    expect(over.failures[0]).toBe('/ bundle.js.gzip: 160.0 kB is over its budget of 150.0 kB by 10.0 kB');
  });

  it('logs at most maxPassingRows passing rows and names the full table; the file keeps every row', async () => {
    const cwd = await app();
    const many: Run = { ...bundleRun('a', 1), measurements: Array.from({ length: 12 }, (_, i) => ({ route: `/r${i}`, metric: 'bundle.js.gzip' as const, unit: 'bytes' as const, samples: [i] })) };
    const lines: string[] = [];
    await runGate(many, { cwd, env: {}, log: (t) => lines.push(t), maxPassingRows: 5 });
    const logged = lines[0] ?? '';
    expect(logged.split('\n').filter((l) => l.startsWith('no baseline'))).toHaveLength(5);
    expect(logged).toContain(`… 7 more passing checks (full table: ${path.join('.perfgate', 'reports', 'bundle.txt')})`);
    const file = await readFile(path.join(cwd, '.perfgate', 'reports', 'bundle.txt'), 'utf8');
    expect(file.split('\n').filter((l) => l.startsWith('no baseline'))).toHaveLength(12);
  });

  it('writes registered formats, runs hooks, appends to GITHUB_STEP_SUMMARY; a failing hook only warns', async () => {
    const cwd = await app();
    registerReportFormat({ extension: 'html', render: (r) => `<p>${r.verdicts.length}</p>` });
    registerGateHook('history', () => {
      throw new Error('disk full');
    });
    const summary = path.join(cwd, 'summary.md');
    const r = await runGate(bundleRun('a', 1), { cwd, env: { GITHUB_STEP_SUMMARY: summary }, log: false, reportName: 'web' });
    expect(await readFile(path.join(cwd, '.perfgate', 'reports', 'web.html'), 'utf8')).toBe('<p>1</p>');
    expect(await readFile(summary, 'utf8')).toMatch(/^### ✅ perfgate/);
    expect(r.warnings).toEqual(['gate hook history failed: disk full']);
    expect(r.exitCode).toBe(0);
  });

  it('throws the typed error for a bad config or a corrupt baseline and changes neither file', async () => {
    const cwd = await app({ regression: { failOn: 'sometimes' } });
    const cfg = await readFile(path.join(cwd, 'perfgate.config.json'), 'utf8');
    await expect(runGate(bundleRun('a', 1), { cwd, env: {}, log: false })).rejects.toThrow(PerfgateConfigError);
    expect(await readFile(path.join(cwd, 'perfgate.config.json'), 'utf8')).toBe(cfg);

    const cwd2 = await app({});
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(cwd2, '.perfgate'));
    await writeFile(path.join(cwd2, '.perfgate', 'baseline.json'), 'garbage');
    await expect(runGate(bundleRun('a', 1), { cwd: cwd2, env: { PERFGATE_UPDATE_BASELINE: '1' }, log: false })).rejects.toThrow(BaselineFileError);
    expect(await readFile(path.join(cwd2, '.perfgate', 'baseline.json'), 'utf8')).toBe('garbage');
  });
});
