/**
 * Starts Playwright four times (unsharded; --shard 1/2 and 2/2 with the blob reporter; merge-reports)
 * and checks the perfgate report of the merged shards equals the unsharded one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

describe('reporter with --shard + blob + merge-reports (starts Playwright)', () => {
  it('produces the same perf report as an unsharded run', { timeout: 180_000 }, () => {
    const whole = join(work, 'whole');
    const merged = join(work, 'merged');
    const blobs = join(work, 'blobs');
    const config = join('test', 'shard', 'playwright.config.ts');
    const out = playwright(['test', '-c', config], { PERFGATE_SHARD_OUT: whole });
    expect(out).toContain('perfgate: 12 test(s), 24 page collection(s)');
    mkdirSync(blobs, { recursive: true });
    for (const shard of [1, 2]) {
      // As on CI: each shard on its own machine uploads its blob; the merge job collects them.
      const own = join(work, `blob-${shard}`);
      playwright(['test', '-c', config, `--shard=${shard}/2`, '--reporter=blob'], { PERFGATE_SHARD_OUT: merged, PLAYWRIGHT_BLOB_OUTPUT_DIR: own });
      for (const f of readdirSync(own)) cpSync(join(own, f), join(blobs, f));
    }
    expect(readdirSync(blobs)).toHaveLength(2);
    const mergedOut = playwright(['merge-reports', '-c', join('test', 'shard', 'merge.config.ts'), blobs], { PERFGATE_SHARD_OUT: merged });
    expect(mergedOut).toContain('perfgate: 12 test(s), 24 page collection(s)');
    expect(mergedOut).toContain('INP [throttling=none]: missing in');
    const a = stableReport(whole);
    const b = stableReport(merged);
    expect(b).toEqual(a);
    const run = (a as { run: { measurements: Array<{ route: string; metric: string; samples: number[] }> } }).run;
    expect(run.measurements.find((m) => m.route === '/shared' && m.metric === 'LCP')?.samples).toHaveLength(12);
  });
});
