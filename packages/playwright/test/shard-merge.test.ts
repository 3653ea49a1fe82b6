/**
 * Starts Playwright five times (unsharded recording a baseline, unsharded; --shard 1/2 and 2/2 with
 * the blob reporter; merge-reports) and checks the perfgate JSON and Markdown reports of the merged
 * shards equal the unsharded ones, compared against the same baseline.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..');
const cli = join(pkg, 'node_modules', '@playwright', 'test', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'perfgate-shard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function playwright(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [cli, ...args], { cwd: pkg, env: { ...process.env, CI: '1', ...env }, encoding: 'utf8' });
}

function stableReport(dir: string): unknown {
  const report = JSON.parse(readFileSync(join(dir, '.perfgate', 'reports', 'playwright.json'), 'utf8')) as Record<string, unknown>;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([k]) => !['id', 'startedAt', 'timestamp', 'generatedAt'].includes(k))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  return strip(report);
}

/** The Markdown report with the run's timestamps (in its id) blanked. */
function stableMarkdown(dir: string): string {
  return readFileSync(join(dir, '.perfgate', 'reports', 'playwright.md'), 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');
}

describe('reporter with --shard + blob + merge-reports (starts Playwright)', () => {
  it('produces the same perf report as an unsharded run', { timeout: 300_000 }, () => {
    const whole = join(work, 'whole');
    const merged = join(work, 'merged');
    const blobs = join(work, 'blobs');
    const config = join('test', 'shard', 'playwright.config.ts');
    // One baseline for both, so the reports carry comparisons (values, changes, p) and not only "new".
    playwright(['test', '-c', config], { PERFGATE_SHARD_OUT: whole, PERFGATE_UPDATE_BASELINE: '1' });
    mkdirSync(join(merged, '.perfgate'), { recursive: true });
    cpSync(join(whole, '.perfgate', 'baseline.json'), join(merged, '.perfgate', 'baseline.json'));
    for (const dir of [whole, merged]) writeFileSync(join(dir, 'perfgate.config.json'), JSON.stringify({ baseline: { strategy: 'rolling' } }));
    const out = playwright(['test', '-c', config], { PERFGATE_SHARD_OUT: whole, PERFGATE_UPDATE_BASELINE: '' });
    expect(out).toContain('perfgate: 12 test(s), 24 page collection(s)');
    mkdirSync(blobs, { recursive: true });
    for (const shard of [1, 2]) {
      // As on CI: each shard on its own machine uploads its blob; the merge job collects them.
      const own = join(work, `blob-${shard}`);
      playwright(['test', '-c', config, `--shard=${shard}/2`, '--reporter=blob'], { PERFGATE_SHARD_OUT: merged, PLAYWRIGHT_BLOB_OUTPUT_DIR: own, PERFGATE_UPDATE_BASELINE: '' });
      for (const f of readdirSync(own)) cpSync(join(own, f), join(blobs, f));
    }
    expect(readdirSync(blobs)).toHaveLength(2);
    const mergedOut = playwright(['merge-reports', '-c', join('test', 'shard', 'merge.config.ts'), blobs], { PERFGATE_SHARD_OUT: merged, PERFGATE_UPDATE_BASELINE: '' });
    expect(mergedOut).toContain('perfgate: 12 test(s), 24 page collection(s)');
    expect(mergedOut).toContain('INP [throttling=none]: missing in');
    const a = stableReport(whole);
    const b = stableReport(merged);
    expect(b).toEqual(a);
    const md = stableMarkdown(whole);
    expect(md).toMatch(/\| \/shared \| LCP \| [\d,.]+ ms \| [\d,.]+ ms \|/);
    expect(stableMarkdown(merged)).toBe(md);
    const run = (a as { run: { measurements: Array<{ route: string; metric: string; samples: number[] }> } }).run;
    expect(run.measurements.find((m) => m.route === '/shared' && m.metric === 'LCP')?.samples).toHaveLength(12);
  });
});
