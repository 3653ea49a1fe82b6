import { mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HistoryLockError } from './errors.js';

/** A lock older than this (ms) is taken to be left by a crashed process and removed. */
export const STALE_LOCK_MS = 30_000;

/**
 * Runs `fn` while holding an exclusive lock file (`O_EXCL` create). Waits up to `timeoutMs` (ms) for
 * another holder; a lock older than {@link STALE_LOCK_MS} is removed as stale.
 */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  // Callers in this process queue in memory first, so only other processes ever poll the lock file.
  const previous = queues.get(lockFile) ?? Promise.resolve();
  const run = previous.then(() => lockAndRun(lockFile, fn, timeoutMs));
  const settled = run.then(() => undefined, () => undefined);
  queues.set(lockFile, settled);
  void settled.then(() => {
    if (queues.get(lockFile) === settled) queues.delete(lockFile);
  });
  return run;
}

const queues = new Map<string, Promise<void>>();

async function lockAndRun<T>(lockFile: string, fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  await mkdir(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let delay = 10;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HistoryLockError(lockFile, timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 50);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}
