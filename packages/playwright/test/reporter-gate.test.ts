/**
 * Starts Playwright with the perfgate reporter several times against one storage directory: records
 * the baseline only when asked, passes an unchanged run, fails the Playwright run on a regression
 * (but not with failOnRegression: false), and PERFGATE_UPDATE_BASELINE=force records even that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..');
const cli = join(pkg, 'node_modules', '@playwright', 'test', 'cli.js');
const out = mkdtempSync(join(tmpdir(), 'perfgate-gate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [cli, 'test', '-c', join('test', 'shard', 'playwright.config.ts')], {
    cwd: pkg,
    env: { ...process.env, CI: '1', PERFGATE_SHARD_OUT: out, PERFGATE_UPDATE_BASELINE: '', PERFGATE_FAIL_ON_REGRESSION: '', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('reporter gate (starts Playwright)', () => {
  it('records the baseline only when asked, then fails the run on a regression', { timeout: 300_000 }, () => {
    writeFileSync(join(out, 'perfgate.config.json'), JSON.stringify({ baseline: { strategy: 'rolling' } }));
    const baselineFile = join(out, '.perfgate', 'baseline.json');

    const first = run({ GITHUB_SHA: 'a'.repeat(40), GITHUB_REF_NAME: 'feature/x' });
    expect(first.status).toBe(0);
    expect(existsSync(baselineFile)).toBe(false);
    // The lab run in the history carries the git sha and branch (CI variables here: the storage dir is no checkout) and the machine, as bundle runs do.
    const historyDir = join(out, '.perfgate', 'history');
    const lab = readdirSync(historyDir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(historyDir, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { source: string; git?: { sha?: string; branch?: string }; environment: { machine?: string } });
    expect(lab[0]?.source).toBe('lab');
    expect(lab[0]?.git).toEqual({ sha: 'a'.repeat(40), branch: 'feature/x' });
    expect(lab[0]?.environment.machine).toMatch(/ \d+ cpu$/);

    const record = run({ PERFGATE_UPDATE_BASELINE: '1' });
    expect(record.status).toBe(0);
    expect(record.output).toMatch(/perfgate baseline: recorded \d+ series/);
    const recorded = readFileSync(baselineFile, 'utf8');
    expect(recorded).toContain('/shared LCP [browser=chromium,throttling=none]');

    const same = run({});
    expect(same.status).toBe(0);
    expect(readFileSync(baselineFile, 'utf8')).toBe(recorded);

    const slower = run({ PERFGATE_FAKE_SCALE: '2' });
    expect(slower.status).toBe(1);
    expect(slower.output).toMatch(/\/shared LCP: regressed/);
    expect(readFileSync(baselineFile, 'utf8')).toBe(recorded);
    const report = JSON.parse(readFileSync(join(out, '.perfgate', 'reports', 'playwright.json'), 'utf8')) as { hasRegressions: boolean };
    expect(report.hasRegressions).toBe(true);

    // failOnRegression: false: the same regression is reported, the run passes.
    const tolerated = run({ PERFGATE_FAKE_SCALE: '2', PERFGATE_FAIL_ON_REGRESSION: '0' });
    expect(tolerated.status).toBe(0);
    expect(tolerated.output).toMatch(/\/shared LCP: regressed/);

    // =1 follows the rolling strategy, which skips a regressed run; =force records it.
    const skipped = run({ PERFGATE_FAKE_SCALE: '2', PERFGATE_UPDATE_BASELINE: '1' });
    expect(skipped.output).toMatch(/rolling strategy skips regressed runs/);
    expect(readFileSync(baselineFile, 'utf8')).toBe(recorded);
    const forced = run({ PERFGATE_FAKE_SCALE: '2', PERFGATE_UPDATE_BASELINE: 'force' });
    expect(forced.output).toMatch(/perfgate baseline: recorded \d+ series/);
    expect(readFileSync(baselineFile, 'utf8')).not.toBe(recorded);
  });
});
