import { hostname } from 'node:os';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BaselineLockError } from './errors.js';

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Give up after this long (ms). Default 30 000. */
  timeoutMs?: number;
  /** A lock older than this (ms) whose owner is gone, or any lock older than 10× this, is taken over. Default 10 000. */
  staleMs?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isStale(lockFile: string, staleMs: number): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(lockFile), readFile(lockFile, 'utf8')]);
    const age = Date.now() - info.mtimeMs;
    if (age > staleMs * 10) return true;
    const [pid, host] = text.split(' ');
    if (host === hostname() && pid && !alive(Number(pid)) && age > 100) return true;
    return false;
  } catch {
    return false; // vanished or half-written: just retry
  }
}

/**
 * Runs `fn` while holding `lockFile` (created with O_EXCL, so only one process at a time), removing it
 * afterwards. Waits with jittered backoff; takes over locks left by dead processes.
 * @throws BaselineLockError when the lock cannot be taken within `timeoutMs`.
 */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 10_000;
  await mkdir(path.dirname(lockFile), { recursive: true });
  const start = Date.now();
  let delay = 5;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(`${process.pid} ${hostname()}`);
      } finally {
        await handle.close();
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await isStale(lockFile, staleMs)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() - start > timeoutMs) throw new BaselineLockError(lockFile, Date.now() - start);
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}
