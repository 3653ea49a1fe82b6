/**
 * Serving DomainFlow for a run: a free loopback port, waiting for `next start` to answer, and
 * stopping it with the process group it runs in. Used by `pnpm demo` and by bench/fixture-overhead.
 */
import { createServer } from 'node:net';

/** A free 127.0.0.1 port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers below 500; rejects if `child` exits first or after `timeoutMs`. */
export async function waitForServer(url, child, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Stops a child spawned with `detached: true` together with its process group (`next start` runs
 * the server in a child process of its own), also when this process exits early. Returns the stop.
 */
export function stopWithProcessGroup(child) {
  const stop = () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stop);
  return stop;
}
