/**
 * Starts the real Debian `prometheus-pushgateway` / `prometheus-alertmanager` on free 127.0.0.1 ports
 * with temp data dirs, waits until they are ready, and stops them. Used by the integration tests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A started server. */
export interface StartedServer {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function requireBinary(path: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run scripts/setup.sh (it installs the Debian packages prometheus-pushgateway and prometheus-alertmanager).`);
  }
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${output()}`);
}

async function start(binary: string, args: (port: number, dir: string) => Promise<string[]>): Promise<StartedServer> {
  requireBinary(binary);
  const dir = await mkdtemp(join(tmpdir(), 'perfgate-prom-'));
  const port = await freePort();
  const child = spawn(binary, await args(port, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Starts `/usr/bin/prometheus-pushgateway` on a free loopback port. */
export function startPushgateway(): Promise<StartedServer> {
  return start('/usr/bin/prometheus-pushgateway', async (port, dir) => [
    `--web.listen-address=127.0.0.1:${port}`,
    `--persistence.file=${join(dir, 'pushgateway.data')}`,
    '--log.level=warn',
  ]);
}

/** Starts `/usr/bin/prometheus-alertmanager` on a free loopback port, clustering off, one null receiver. */
export function startAlertmanager(): Promise<StartedServer> {
  return start('/usr/bin/prometheus-alertmanager', async (port, dir) => {
    const config = join(dir, 'alertmanager.yml');
    await writeFile(config, ['route:', '  receiver: "null"', '  group_wait: 1s', 'receivers:', '  - name: "null"', ''].join('\n'));
    return [
      `--config.file=${config}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ];
  });
}
