import { mkdtemp, readFile, readdir, appendFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileHistoryStore, retentionSlackRuns } from './file-history-store.js';
import type { Run } from '../model.js';

/** A small lab run for tests (not exported from the package). */
function makeRun(i: number, overrides: Partial<Run> = {}, lcp = 1000 + i): Run {
  return {
    id: `run-${i}`,
    startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    source: 'lab',
    git: { sha: `sha${i}`, branch: 'main' },
    environment: { browser: 'chromium', throttling: 'desktop' },
    measurements: [
      { route: '/', metric: 'LCP', unit: 'ms', samples: [lcp, lcp + 10, lcp - 10] },
      { route: '/campaigns/[id]', metric: 'bundle.js.gzip', unit: 'bytes', samples: [120_000 + i] },
    ],
    ...overrides,
  };
}


async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'perfgate-history-'));
}

describe('FileHistoryStore', () => {
  it('appends runs as JSON Lines, one file per UTC month, and reads them back oldest first', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, warn: () => {} });
    await store.appendRun(makeRun(2));
    await store.appendRun(makeRun(1));
    await store.appendRun(makeRun(0, { startedAt: '2026-10-31T23:00:00.000Z' }));
    expect((await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort()).toEqual(['2026-10.jsonl', '2026-11.jsonl']);
    const runs = await store.readRuns();
    expect(runs.map((r) => r.runId)).toEqual(['run-0', 'run-1', 'run-2']);
    const first = runs[1]!;
    expect(first.git).toEqual({ sha: 'sha1', branch: 'main' });
    expect(first.environment.throttling).toBe('desktop');
    expect(first.points[0]).toMatchObject({ route: '/', metric: 'LCP', samples: [1001, 1011, 991] });
    expect(first.points[0]!.summary.median).toBe(1001);
    const lines = (await readFile(join(dir, '2026-11.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
  });

  it('stores single-sample points (bundle sizes) without their summary and restores it on read; older lines with it still read', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, warn: () => {} });
    await store.appendRun(makeRun(1));
    const line = (await readFile(join(dir, '2026-11.jsonl'), 'utf8')).trim();
    const stored = JSON.parse(line) as { points: Array<{ metric: string; summary?: unknown }> };
    expect(stored.points.find((p) => p.metric === 'bundle.js.gzip')?.summary).toBeUndefined();
    expect(stored.points.find((p) => p.metric === 'LCP')?.summary).toMatchObject({ n: 3, median: 1001 });
    // A line as earlier versions wrote it (summary on every point) is read the same.
    const full = JSON.parse(line) as { runId: string; points: Array<{ samples: number[]; summary?: unknown }> };
    full.runId = 'run-older';
    for (const p of full.points) p.summary ??= { n: 1, median: p.samples[0], mean: p.samples[0], p75: p.samples[0], p95: p.samples[0], min: p.samples[0], max: p.samples[0] };
    await appendFile(join(dir, '2026-11.jsonl'), `${JSON.stringify(full)}\n`);
    const [mine, older] = await store.readRuns();
    for (const r of [mine!, older!]) expect(r.points.find((p) => p.metric === 'bundle.js.gzip')?.summary).toEqual({ n: 1, median: 120_001, mean: 120_001, p75: 120_001, p95: 120_001, min: 120_001, max: 120_001 });
    expect((await store.readNewest({ limits: { lab: 5 } })).map((r) => r.points[1]?.summary.p75)).toEqual([120_001, 120_001]);
  });

  it('partitions per source when asked', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, partition: 'source', warn: () => {} });
    await store.appendRun(makeRun(1));
    await store.appendRun(makeRun(2, { source: 'bundle' }));
    expect((await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort()).toEqual(['bundle.jsonl', 'lab.jsonl']);
  });

  it('keeps the verdict summary of a gated run', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, warn: () => {} });
    const run = makeRun(1);
    const record = await store.appendRun(run, {
      timestamp: run.startedAt,
      run,
      verdicts: [{ route: '/', metric: 'LCP', unit: 'ms', budget: { status: 'error', actual: 1001, limit: 900 } }],
      hasRegressions: false,
      hasBudgetErrors: true,
      severity: 'critical',
      regressions: [],
      recommendations: [],
    });
    expect(record.verdict).toEqual({ hasRegressions: false, hasBudgetErrors: true, severity: 'critical', regressions: 0, budgetErrors: 1 });
    expect(record.points[0]!.budget).toBe('error');
  });

  it('skips a torn last line with a warning, and the next append starts on a fresh line', async () => {
    const dir = await tempDir();
    const warnings: string[] = [];
    const store = new FileHistoryStore({ dir, warn: (m) => warnings.push(m) });
    await store.appendRun(makeRun(1));
    const file = join(dir, '2026-11.jsonl');
    await appendFile(file, '{"schema":1,"runId":"run-torn","startedAt":"2026-11-01T05:00'); // crash mid-write
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-1']);
    expect(warnings.join('\n')).toMatch(/torn last line in .*2026-11\.jsonl/);
    await store.appendRun(makeRun(3));
    warnings.length = 0;
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-1', 'run-3']);
    expect(warnings.join('\n')).toMatch(/unreadable line 2/);
  });

  it('compaction applies retentionRuns and retentionDays atomically and quarantines bad lines', async () => {
    const dir = await tempDir();
    const now = Date.UTC(2026, 10, 3);
    const store = new FileHistoryStore({ dir, retentionRuns: 3, retentionDays: 30, now: () => now, warn: () => {} });
    await store.appendRun(makeRun(0, { startedAt: '2026-09-01T00:00:00.000Z' })); // older than 30 days
    for (let i = 1; i <= 5; i++) await store.appendRun(makeRun(i));
    await appendFile(join(dir, '2026-11.jsonl'), 'not json\n');
    const result = await store.compact();
    expect(result).toMatchObject({ kept: 3, dropped: 3, quarantined: 1 });
    expect(result.filesRemoved.map((f) => f.endsWith('2026-09.jsonl'))).toEqual([true]);
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-3', 'run-4', 'run-5']);
    expect(await readFile(join(dir, '2026-11.jsonl.corrupt'), 'utf8')).toBe('not json\n');
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('appendAndCompact keeps the history bounded, compacting only once retention is exceeded by its slack', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, retentionRuns: 4, warn: () => {} });
    const compact = vi.spyOn(store, 'compact');
    for (let i = 0; i < 10; i++) {
      await store.appendAndCompact(makeRun(i));
      expect((await store.readRuns()).length).toBeLessThanOrEqual(4 + retentionSlackRuns(4));
    }
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-6', 'run-7', 'run-8', 'run-9']);
    expect(compact).toHaveBeenCalledTimes(3); // at 6 runs each time, not after every append
  });

  it('keeps retentionRuns per source: frequent field windows do not push lab or bundle runs out', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, retentionRuns: 3, warn: () => {} });
    await store.appendAndCompact(makeRun(0, { source: 'bundle' }));
    await store.appendAndCompact(makeRun(1));
    for (let i = 2; i < 30; i++) await store.appendAndCompact(makeRun(i, { source: 'field', id: `field-${i}` }));
    const runs = await store.readRuns();
    expect(runs.filter((r) => r.source !== 'field').map((r) => r.runId)).toEqual(['run-0', 'run-1']);
    expect(runs.filter((r) => r.source === 'field').length).toBeLessThanOrEqual(3 + retentionSlackRuns(3));
    expect(runs.filter((r) => r.source === 'field').at(-1)!.runId).toBe('field-29');
  });

  it("the retention check after an append parses no run (it reads line heads, and only the lines appended since the last check)", async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, retentionRuns: 1000, retentionDays: 3650, now: () => Date.UTC(2026, 10, 2), warn: () => {} });
    for (let i = 0; i < 5; i++) await store.appendAndCompact(makeRun(i));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await store.appendAndCompact(makeRun(5));
      expect(parse.mock.calls.filter(([text]) => String(text).includes('"points"'))).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    expect((await store.readRuns()).length).toBe(6);
  });

  it('appendAndCompact applies retentionDays once a run is older than it by the slack, and recounts a file rewritten behind its back', async () => {
    const dir = await tempDir();
    let now = Date.UTC(2026, 10, 1);
    const store = new FileHistoryStore({ dir, retentionRuns: 100, retentionDays: 10, now: () => now, warn: () => {} });
    await store.appendAndCompact(makeRun(0, { startedAt: '2026-10-21T12:00:00.000Z' }));
    await store.appendAndCompact(makeRun(1));
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-0', 'run-1']); // 10.5 days old: within 10 + 1 day slack
    now = Date.UTC(2026, 10, 3);
    await store.appendAndCompact(makeRun(2));
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-1', 'run-2']);
    // Another tool rewrites the file (new inode): the tally scans it again instead of trusting old counts.
    const file = join(dir, '2026-11.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(`${file}.new`, text + text.split('\n')[0]!.replace('"run-1"', '"run-1b"') + '\n');
    await (await import('node:fs/promises')).rename(`${file}.new`, file);
    const store2 = new FileHistoryStore({ dir, retentionRuns: 2, now: () => now, warn: () => {} });
    await store2.appendAndCompact(makeRun(3)); // 4 runs > 2 + 1
    expect((await store2.readRuns()).map((r) => r.runId)).toEqual(['run-2', 'run-3']);
  });

  it('a torn last line is still skipped when appendAndCompact tallies the file', async () => {
    const dir = await tempDir();
    const warnings: string[] = [];
    const store = new FileHistoryStore({ dir, retentionRuns: 2, warn: (m) => warnings.push(m) });
    await store.appendAndCompact(makeRun(1));
    await appendFile(join(dir, '2026-11.jsonl'), '{"schema":1,"runId":"run-torn","startedAt":"2026-11-01T05:00');
    await store.appendAndCompact(makeRun(2));
    await store.appendAndCompact(makeRun(3)); // 3 runs ≤ 2 + 1: the torn line is not a run
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-1', 'run-2', 'run-3']);
    await store.appendAndCompact(makeRun(4));
    expect((await store.readRuns()).map((r) => r.runId)).toEqual(['run-3', 'run-4']);
    expect(await readFile(join(dir, '2026-11.jsonl.corrupt'), 'utf8')).toContain('run-torn');
  });

  it('filters by since (duration or date), source and branch', async () => {
    const dir = await tempDir();
    const now = Date.parse(makeRun(10).startedAt);
    const store = new FileHistoryStore({ dir, now: () => now, warn: () => {} });
    for (let i = 0; i <= 10; i++) await store.appendRun(makeRun(i, i % 2 ? { git: { branch: 'feature/x' } } : {}));
    expect((await store.readRuns({ since: '3h' })).map((r) => r.runId)).toEqual(['run-7', 'run-8', 'run-9', 'run-10']);
    expect((await store.readRuns({ since: makeRun(9).startedAt })).length).toBe(2);
    expect((await store.readRuns({ branch: 'feature/x' })).length).toBe(5);
    expect(await store.readRuns({ source: 'field' })).toEqual([]);
  });

  it('concurrent appends lose no run', async () => {
    const dir = await tempDir();
    const store = new FileHistoryStore({ dir, warn: () => {} });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendRun(makeRun(i))));
    expect((await store.readRuns()).length).toBe(20);
  });

  it('reads an empty or missing directory as no runs', async () => {
    const store = new FileHistoryStore({ dir: join(await tempDir(), 'nope'), warn: () => {} });
    expect(await store.readRuns()).toEqual([]);
  });
});
