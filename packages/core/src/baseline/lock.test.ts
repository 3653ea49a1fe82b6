import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from './lock.js';
import { BaselineLockError } from './errors.js';

async function lockPath(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'perfgate-lock-')), 'baseline.lock');
}

describe('withFileLock', () => {
  it('runs the function under the lock and removes it afterwards, also on error', async () => {
    const lock = await lockPath();
    expect(await withFileLock(lock, async () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    await expect(withFileLock(lock, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that has exited', async () => {
    const lock = await lockPath();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(lock, `${dead.stdout} ${hostname()}`);
    // The takeover waits until the lock is older than 100 ms, so a just-written lock is never stolen.
    await new Promise((r) => setTimeout(r, 150));
    expect(await withFileLock(lock, async () => 'ran', { timeoutMs: 5000 })).toBe('ran');
  });

  it('gives up with BaselineLockError naming the lock when a live process holds it', async () => {
    const lock = await lockPath();
    await writeFile(lock, `${process.pid} ${hostname()}`);
    const err = await withFileLock(lock, async () => 'never', { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BaselineLockError);
    expect((err as Error).message).toContain(`Could not lock ${lock}`);
    expect((err as Error).message).toContain(`delete ${lock}`);
    expect(existsSync(lock)).toBe(true);
  });
});
