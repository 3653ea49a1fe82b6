/**
 * Builds and starts the field-monitoring fixture (`test/field-fixture/`, a Next App Router app using
 * `@perfgate/next/client` and `/server` from dist/) on 127.0.0.1 with a free port.
 * Used by the Chromium E2E test and by `bench/field-client`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Run } from '@perfgate/core';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'field-fixture');
const NEXT_BIN = join(FIXTURE_DIR, '..', '..', 'node_modules', '.bin', 'next');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Chromium to launch: `PERFGATE_CHROMIUM`, else Debian's. */
export const CHROMIUM = process.env.PERFGATE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A running fixture server. */
export interface FixtureApp {
  origin: string;
  /** JSON Lines file the ingest appends each closed window's Run to. */
  runsFile: string;
  /** The app's perfgate `storageDir` (history under `history/`). */
  storageDir: string;
  /** Runs written so far. */
  runs(): Run[];
  /** Requests the ingest received so far, as they came over the wire. */
  requests(): Array<{ headers: Record<string, string>; body: string }>;
  stop(): Promise<void>;
}

/** `next build` of the fixture (Turbopack). Throws with Next's output when it fails. */
export function buildFixture(): void {
  const r = spawnSync(NEXT_BIN, ['build'], { cwd: FIXTURE_DIR, env: ENV, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`next build of ${FIXTURE_DIR} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `next start` on 127.0.0.1; resolves once `/` answers. `env` is added to the server's environment. */
export async function startFixture(env: Record<string, string> = {}): Promise<FixtureApp> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'perfgate-field-'));
  const runsFile = join(dir, 'runs.jsonl');
  const rawFile = join(dir, 'requests.jsonl');
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
  const child: ChildProcess = spawn(NEXT_BIN, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: FIXTURE_DIR,
    env: { ...ENV, FIELD_OUT: runsFile, FIELD_RAW: rawFile, FIELD_STORAGE: join(dir, '.perfgate'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(origin + '/');
      if (res.ok) {
        return {
          origin,
          runsFile,
          storageDir: join(dir, '.perfgate'),
          runs: () => lines(runsFile),
          requests: () => lines(rawFile),
          stop,
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within 30 s:\n${output}`);
}
