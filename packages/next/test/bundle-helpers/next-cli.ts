import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The `next` binary of this package's devDependency. */
export const NEXT_BIN = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));
/** The App Router + Pages Router fixture. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/app-router/', import.meta.url));

/** Environment every fixture command runs with: no telemetry, nothing inherited that changes the bundler. */
export function fixtureEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', CI: '1', ...extra };
  for (const key of ['TURBOPACK', 'PERFGATE_UPDATE_BASELINE', 'NODE_ENV', 'PERFGATE_CONFIG']) if (!(key in extra)) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/** Result of a finished command. */
export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs `next build` (Turbopack, or webpack with `--webpack`) in the fixture and collects stdout+stderr. */
export function nextBuild(bundler: 'turbopack' | 'webpack', env: Record<string, string>): Promise<CommandResult> {
  const args = [NEXT_BIN, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: FIXTURE_DIR, env: fixtureEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `next start` on 127.0.0.1:`port` and resolves once it answers. */
export async function nextStart(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: FIXTURE_DIR,
    env: fixtureEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`next start did not answer on port ${port}:\n${output}`);
}

/** Stops a started server and waits for it to exit. */
export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
