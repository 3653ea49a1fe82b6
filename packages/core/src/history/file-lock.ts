import { withFileLock as withSharedFileLock } from '../baseline/lock.js';
import { HistoryLockError } from './errors.js';

/**
 * A lock from another host whose mtime is older than this (ms) is taken to be left by a crashed
 * process; locks of this host are taken over only when their pid is dead. See `../baseline/lock.ts`.
 */
export const STALE_LOCK_MS = 30_000;

/**
 * Runs `fn` while holding the history lock: the baseline store's lock ({@link withSharedFileLock}),
 * waiting up to `timeoutMs` (ms) and throwing {@link HistoryLockError} after that.
 */
export function withFileLock<T>(lockFile: string, fn: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  return withSharedFileLock(lockFile, fn, { timeoutMs, staleMs: STALE_LOCK_MS, timeoutError: (file) => new HistoryLockError(file, timeoutMs) });
}
