/**
 * The one cross-process file lock perfgate uses (baseline store and history). A lock file is created
 * with O_EXCL and holds `{ pid, host, token }`; the holder refreshes its mtime while it works.
 *
 * A lock is stale only when its owner is provably gone: on this host, its pid is dead; from another
 * host (pid unknowable), its mtime is older than `staleMs` (the owner stopped refreshing it). A live
 * owner on this host is never taken over, however long it holds the lock.
 *
 * Stale locks are removed by renaming them to a unique name and checking the token of what was
 * renamed: a contender never deletes a lock that another process has just taken (the check and the
 * removal are no longer separate steps on the shared path). Releasing works the same way.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { BaselineLockError } from './errors.js';

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Give up after this long (ms). Default 30 000. */
  timeoutMs?: number;
  /**
   * A lock from another host whose mtime is older than this (ms) is taken over; the holder refreshes
   * the mtime every `staleMs / 4`. Locks of this host are taken over only when their pid is dead.
   * Default 10 000.
   */
  staleMs?: number;
  /** The error thrown on timeout (default {@link BaselineLockError}). */
  timeoutError?: (lockFile: string, waitedMs: number) => Error;
}

interface Owner {
  pid: number;
  host: string;
  token: string;
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

/** Owner of a lock file's text: JSON, or the older `"<pid> <host>"` form; undefined when half-written. */
export function parseOwner(text: string): Owner | undefined {
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.token === 'string') return { pid: o.pid, host: o.host, token: o.token };
  } catch {
    const [pid, host] = text.split(' ');
    if (pid && host && /^\d+$/.test(pid)) return { pid: Number(pid), host, token: text };
  }
  return undefined;
}

/** The token of the lock if it is stale (owner gone), else undefined. */
async function staleToken(lockFile: string, staleMs: number): Promise<string | undefined> {
  try {
    const [info, text] = await Promise.all([stat(lockFile), readFile(lockFile, 'utf8')]);
    const age = Date.now() - info.mtimeMs;
    const owner = parseOwner(text);
    if (!owner) return age > staleMs ? text : undefined; // half-written: its writer died mid-write, or is writing now
    if (owner.host === hostname()) return alive(owner.pid) ? undefined : owner.token;
    return age > staleMs ? owner.token : undefined;
  } catch {
    return undefined; // vanished: just retry
  }
}

/**
 * Removes `lockFile` only if it still holds `token`: renames it to a unique name (atomic; at most one
 * contender gets it), then checks what it renamed. A lock with another token is put back (link fails
 * if a new lock appeared meanwhile, which then stays). Returns whether the token's lock was removed.
 */
export async function removeLockIf(lockFile: string, token: string): Promise<boolean> {
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.released`;
  try {
    await rename(lockFile, aside);
  } catch {
    return false; // gone already
  }
  const text = await readFile(aside, 'utf8').catch(() => '');
  const owner = parseOwner(text);
  if ((owner?.token ?? text) === token) {
    await rm(aside, { force: true });
    return true;
  }
  await link(aside, lockFile).catch(() => undefined);
  await rm(aside, { force: true });
  return false;
}

/** Takes the lock (waiting as needed) and returns its release function. No in-process queueing. */
export async function acquireFileLock(lockFile: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 10_000;
  const token = randomBytes(8).toString('hex');
  await mkdir(path.dirname(lockFile), { recursive: true });
  const start = Date.now();
  let delay = 5;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), token } satisfies Owner));
      } finally {
        await handle.close();
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stale = await staleToken(lockFile, staleMs);
      if (stale !== undefined && (await removeLockIf(lockFile, stale))) continue;
      const waited = Date.now() - start;
      if (waited > timeoutMs) throw (options.timeoutError ?? ((f, ms) => new BaselineLockError(f, ms)))(lockFile, waited);
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 100);
    }
  }
  // Keep the mtime fresh so other hosts can tell a working owner from a crashed one.
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lockFile, now, now).catch(() => undefined);
  }, Math.max(10, staleMs / 4));
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    await removeLockIf(lockFile, token);
  };
}

const queues = new Map<string, Promise<void>>();

/**
 * Runs `fn` while holding `lockFile` (only one process at a time), removing it afterwards. Callers in
 * this process queue in memory first, so only other processes poll the file. Waits with jittered
 * backoff; takes over locks whose owner is gone (see the module comment).
 * @throws BaselineLockError (or `options.timeoutError`) when the lock cannot be taken within `timeoutMs`.
 */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const key = path.resolve(lockFile);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(async () => {
    const release = await acquireFileLock(lockFile, options);
    try {
      return await fn();
    } finally {
      await release();
    }
  });
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}
