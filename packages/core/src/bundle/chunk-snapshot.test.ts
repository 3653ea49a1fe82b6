import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSnapshotFile, readChunkSnapshot, snapshotOf, writeChunkSnapshot } from './chunk-snapshot.js';
import { PerfgateBundleError } from './errors.js';

describe('chunk snapshots', () => {
  it('round-trips the per-route chunk detail of bundle.total.raw', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-snap-'));
    const file = chunkSnapshotFile(dir, 'bundle-next-turbopack');
    expect(file).toBe(join(dir, 'baseline-chunks', 'bundle-next-turbopack.json'));
    const snap = snapshotOf([
      { route: '/', metric: 'bundle.total.raw', unit: 'bytes', samples: [3], attribution: { chunks: ['a.js'], detail: [{ file: 'a.js', raw: 3 }] } },
      { route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [2], attribution: { chunks: ['a.js'] } },
    ]);
    await writeChunkSnapshot(file, snap);
    expect((await readChunkSnapshot(file))?.routes).toEqual({ '/': [{ file: 'a.js', raw: 3 }] });
  });

  it('returns undefined when there is none, and refuses (without overwriting) a corrupt one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-snap-'));
    const file = chunkSnapshotFile(dir, 'r');
    expect(await readChunkSnapshot(file)).toBeUndefined();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, '{"version": 2}');
    await expect(readChunkSnapshot(file)).rejects.toThrow(PerfgateBundleError);
    await expect(readChunkSnapshot(file)).rejects.toThrow(/PERFGATE_UPDATE_BASELINE=1/);
    expect(await readFile(file, 'utf8')).toBe('{"version": 2}');
  });
});
