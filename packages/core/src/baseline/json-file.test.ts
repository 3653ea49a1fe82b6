import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';

// Failures are injected into the real fs: `rename` or the temp file's fsync can be made to throw.
const fail = vi.hoisted(() => ({ rename: false, sync: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const eio = (): Error => Object.assign(new Error('EIO: i/o error (injected)'), { code: 'EIO' });
  return {
    ...real,
    rename: (async (from, to) => (fail.rename ? Promise.reject(eio()) : real.rename(from, to))) as typeof real.rename,
    open: (async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (fail.sync) handle.sync = () => Promise.reject(eio());
      return handle;
    }) as typeof real.open,
  };
});

const { prettyJson, writeFileAtomic } = await import('./json-file.js');

afterEach(() => {
  fail.rename = false;
  fail.sync = false;
});

async function existing(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'perfgate-atomic-'));
  const file = path.join(dir, 'baseline.json');
  await writeFile(file, '{"old":true}\n');
  return { dir, file };
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const { dir, file } = await existing();
    await writeFileAtomic(file, '{"new":true}\n');
    expect(await readFile(file, 'utf8')).toBe('{"new":true}\n');
    expect(await readdir(dir)).toEqual(['baseline.json']);
  });

  it.each(['rename', 'sync'] as const)('a failed %s leaves the old file and no temp file behind', async (step) => {
    const { dir, file } = await existing();
    fail[step] = true;
    await expect(writeFileAtomic(file, '{"new":true}\n')).rejects.toThrow(/EIO/);
    expect(await readFile(file, 'utf8')).toBe('{"old":true}\n');
    expect(await readdir(dir)).toEqual(['baseline.json']);
  });
});

describe('prettyJson', () => {
  it('keeps number arrays on one line', () => {
    expect(prettyJson({ samples: [1, 2.5, -3] })).toBe('{\n  "samples": [1, 2.5, -3]\n}\n');
  });
});
