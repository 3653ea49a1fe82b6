import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, removeLockIf, withFileLock } from './lock.js';
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

  it('never takes over a lock whose owner on this host is alive, however old its mtime', async () => {
    const lock = await lockPath();
    const text = JSON.stringify({ pid: process.pid, host: hostname(), token: 'held' });
    await writeFile(lock, text);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lock, hourAgo, hourAgo);
    const err = await withFileLock(lock, async () => 'stolen', { timeoutMs: 150, staleMs: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BaselineLockError);
    expect(await readFile(lock, 'utf8')).toBe(text);
  });

  it('takes over a lock from another host only once its mtime is older than staleMs', async () => {
    const lock = await lockPath();
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: 'elsewhere', token: 'remote' }));
    await expect(withFileLock(lock, async () => 'x', { timeoutMs: 100, staleMs: 60_000 })).rejects.toBeInstanceOf(BaselineLockError);
    const old = new Date(Date.now() - 120_000);
    await utimes(lock, old, old);
    expect(await withFileLock(lock, async () => 'ran', { timeoutMs: 1000, staleMs: 60_000 })).toBe('ran');
  });

  it('removes a lock only when it still holds the token that was judged stale', async () => {
    const lock = await lockPath();
    const fresh = JSON.stringify({ pid: process.pid, host: hostname(), token: 'new-owner' });
    await writeFile(lock, fresh);
    expect(await removeLockIf(lock, 'old-owner')).toBe(false);
    expect(await readFile(lock, 'utf8')).toBe(fresh);
    expect(await removeLockIf(lock, 'new-owner')).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('lets exactly one of many contenders take over a stale lock at a time', async () => {
    const lock = await lockPath();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(lock, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), token: 'dead' }));
    let inside = 0;
    let most = 0;
    // acquireFileLock skips the in-process queue, so these contend on the file like separate processes.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const release = await acquireFileLock(lock, { timeoutMs: 10_000 });
        inside++;
        most = Math.max(most, inside);
        await new Promise((r) => setTimeout(r, 5));
        inside--;
        await release();
      }),
    );
    expect(most).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('keeps the mtime of a held lock fresh, so other hosts see a working owner', async () => {
    const lock = await lockPath();
    const release = await acquireFileLock(lock, { staleMs: 40 });
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    await new Promise((r) => setTimeout(r, 60));
    expect(Date.now() - (await stat(lock)).mtimeMs).toBeLessThan(1000);
    await release();
  });
});
