import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileHistoryStore } from './file-history-store.js';
import type { Run, RunSource } from '../model.js';

/** A run of `source` started `minutes` after 2026-10-30 (crosses a month boundary). */
function run(i: number, source: RunSource, minutes: number): Run {
  return {
    id: `${source}-${i}`,
    startedAt: new Date(Date.UTC(2026, 9, 30) + minutes * 60_000).toISOString(),
    source,
    environment: {},
    measurements: [{ route: '/', metric: 'LCP', unit: 'ms', samples: [1000 + i] }],
  };
}

/** A deterministic mix of sources, appended about in start order (field windows a few minutes late). */
async function fill(store: FileHistoryStore): Promise<void> {
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 400; i++) {
    const r = rand();
    const source: RunSource = r < 0.6 ? 'field' : r < 0.8 ? 'lab' : 'bundle';
    const late = source === 'field' ? Math.floor(rand() * 15) : 0; // a window is appended when it closes
    await store.appendRun(run(i, source, i * 12 - late));
  }
  await store.appendRun(run(400, 'lab', 400 * 12)); // same start as…
  await store.appendRun(run(401, 'lab', 400 * 12)); // …this one: ties keep file order
}

const ids = (records: Array<{ runId: string }>): string[] => records.map((r) => r.runId);

describe('FileHistoryStore.readNewest', () => {
  for (const partition of ['month', 'source'] as const) {
    it(`returns what filtering readRuns by source and keeping the last N returns (partition: ${partition})`, async () => {
      const store = new FileHistoryStore({ dir: await mkdtemp(join(tmpdir(), 'perfgate-newest-')), partition, warn: () => {} });
      await fill(store);
      const all = await store.readRuns();
      const cases: Array<Partial<Record<RunSource, number>>> = [{ lab: 5 }, { bundle: 30, field: 50 }, { lab: 200, field: 288 }, { field: 1 }, { lab: 1000 }];
      for (const limits of cases) {
        const got = await store.readNewest({ limits });
        const want = all.filter((r) => r.source in limits).filter((r, _, list) => {
          const same = list.filter((x) => x.source === r.source);
          return same.indexOf(r) >= same.length - limits[r.source]!;
        });
        expect(ids(got)).toEqual(ids(want));
      }
      // stopAfter: lab gets its runs; field gets the newest among what was read by then (a subset of its newest).
      const mixed = await store.readNewest({ limits: { lab: 10, field: 10_000 }, stopAfter: 'lab' });
      expect(ids(mixed.filter((r) => r.source === 'lab'))).toEqual(ids(all.filter((r) => r.source === 'lab').slice(-10)));
      const fieldIds = ids(all.filter((r) => r.source === 'field'));
      const gotField = ids(mixed.filter((r) => r.source === 'field'));
      expect(gotField.length).toBeGreaterThan(0);
      expect(gotField.join(' ')).toBe(fieldIds.slice(-gotField.length).join(' '));
    });
  }

  it('reads only the newest part of the history: older lines are neither parsed nor even looked at', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-newest-'));
    const warnings: string[] = [];
    const store = new FileHistoryStore({ dir, warn: (m) => warnings.push(m) });
    await writeFile(join(dir, '2026-10.jsonl'), 'garbage that a full read would warn about\n');
    await fill(store);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const got = await store.readNewest({ limits: { lab: 3 } });
      expect(got.map((r) => r.source)).toEqual(['lab', 'lab', 'lab']);
      // Lines of other sources are skipped by their head; at most one older lab line is parsed… none is.
      expect(parse.mock.calls.filter(([t]) => String(t).includes('"points"')).length).toBe(3);
    } finally {
      parse.mockRestore();
    }
    expect(warnings).toEqual([]);
    await store.readRuns();
    expect(warnings.join('\n')).toMatch(/unreadable line 1 in .*2026-10\.jsonl/);
  });

  it('skips a torn last line and unreadable lines with a warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-newest-'));
    const warnings: string[] = [];
    const store = new FileHistoryStore({ dir, warn: (m) => warnings.push(m) });
    await store.appendRun(run(1, 'lab', 0));
    await appendFile(join(dir, '2026-10.jsonl'), '{"schema":1,"runId":"x" not json\n');
    await store.appendRun(run(2, 'lab', 1));
    await appendFile(join(dir, '2026-10.jsonl'), '{"schema":1,"runId":"lab-torn","startedAt":"2026-10-30T00:05');
    expect(ids(await store.readNewest({ limits: { lab: 5 } }))).toEqual(['lab-1', 'lab-2']);
    expect(warnings.join('\n')).toMatch(/torn last line in .*2026-10\.jsonl/);
    expect(warnings.join('\n')).toMatch(/unreadable line \(3 from the end\)/);
    expect(ids(await store.readNewest({ limits: { lab: 5 } }))).toEqual(ids(await store.readRuns({ source: 'lab' })));
  });

  it('reads lines longer than its 1 MB read step', async () => {
    const store = new FileHistoryStore({ dir: await mkdtemp(join(tmpdir(), 'perfgate-newest-')), warn: () => {} });
    const big = { ...run(1, 'bundle', 0), measurements: Array.from({ length: 12_000 }, (_, i) => ({ route: `/r${i}`, metric: 'bundle.js.gzip' as const, unit: 'bytes' as const, samples: [i] })) };
    await store.appendRun(big);
    await store.appendRun(run(2, 'bundle', 1));
    const got = await store.readNewest({ limits: { bundle: 2 } });
    expect(ids(got)).toEqual(['bundle-1', 'bundle-2']);
    expect(got[0]!.points).toHaveLength(12_000);
  });

  it('reads an empty or missing directory as no runs', async () => {
    const store = new FileHistoryStore({ dir: join(await mkdtemp(join(tmpdir(), 'perfgate-newest-')), 'nope'), warn: () => {} });
    expect(await store.readNewest({ limits: { lab: 3 } })).toEqual([]);
  });
});
