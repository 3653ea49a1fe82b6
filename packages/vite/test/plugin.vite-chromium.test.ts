/**
 * Runs real Vite 8 builds of a two-page fixture with the perfgate() plugin, serves the output on
 * 127.0.0.1 and loads each page cold in Debian's Chromium: the JS perfgate reports per HTML entry equals
 * the script bytes the browser fetches (dynamic imports excluded). A tight budget fails the build via
 * this.error, naming route, metric, actual and limit.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, createLogger } from 'vite';
import type { Logger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PerfgateConfigInput } from '@perfgate/core';
import { perfgate } from '../src/index.js';
import type { CheckBundleResult } from '../src/index.js';
import { serveStatic } from './static-server.js';

const ROOT = fileURLToPath(new URL('./fixtures/multi-page/', import.meta.url));

async function viteBuild(
  overrides: PerfgateConfigInput,
  opts: { work?: string; updateBaseline?: boolean; ssr?: boolean; warnings?: string[] } = {},
): Promise<{ outDir: string; result?: CheckBundleResult; lines: string[] }> {
  const work = opts.work ?? (await mkdtemp(join(tmpdir(), 'perfgate-vite-')));
  const outDir = join(work, opts.ssr ? 'server' : 'dist');
  let result: CheckBundleResult | undefined;
  const lines: string[] = [];
  const pages = { home: join(ROOT, 'index.html'), admin: join(ROOT, 'admin/index.html') };
  await build({
    root: ROOT,
    configFile: false,
    logLevel: opts.warnings ? 'warn' : 'silent',
    ...(opts.warnings ? { customLogger: warningsInto(opts.warnings) } : {}),
    build: { outDir, emptyOutDir: true, ...(opts.ssr ? { ssr: join(ROOT, 'src/shared.js') } : { rollupOptions: { input: pages } }) },
    plugins: [
      perfgate({
        cwd: work,
        overrides: { storageDir: join(work, '.perfgate'), ...overrides },
        ...(opts.updateBaseline !== undefined ? { updateBaseline: opts.updateBaseline } : {}),
        log: (l) => lines.push(l),
        onResult: (r) => (result = r),
      }),
    ],
  });
  return { outDir, result, lines };
}

/** A Vite logger that keeps warnings (what `this.warn` prints). */
function warningsInto(out: string[]): Logger {
  const logger = createLogger('warn', { allowClearScreen: false });
  return { ...logger, warn: (msg) => void out.push(msg), warnOnce: (msg) => void out.push(msg), info: () => {} };
}

describe('perfgate() in a real Vite build, checked in Chromium', () => {
  let built: Awaited<ReturnType<typeof viteBuild>>;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    built = await viteBuild({ budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { error: '100 kB' } } }] } });
    ({ server, origin } = await serveStatic(built.outDir));
  }, 60_000);

  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it('names HTML entries by URL and prints the table', () => {
    const routes = new Set(built.result!.run.measurements.map((m) => m.route));
    expect(routes).toContain('/');
    expect(routes).toContain('/admin/');
    expect(built.result!.run.environment.bundler).toBe('vite');
    expect(built.lines.join('\n')).toMatch(/^\/admin\/\s/m);
  });

  it('reports per page exactly the script bytes Chromium fetches on a cold load', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.PERFGATE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      for (const route of ['/', '/admin/']) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const fetched = new Map<string, number>();
        const pending: Promise<void>[] = [];
        page.on('response', (res) => {
          if (res.request().resourceType() !== 'script') return;
          pending.push(res.body().then((b) => void fetched.set(new URL(res.url()).pathname.slice(1), b.byteLength)));
        });
        await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
        await Promise.all(pending);
        await context.close();
        const js = built.result!.run.measurements.find((m) => m.route === route && m.metric === 'bundle.js.raw')!;
        expect({ route, files: [...(js.attribution?.chunks as string[])].sort() }).toEqual({ route, files: [...fetched.keys()].sort() });
        expect({ route, bytes: js.samples[0] }).toEqual({ route, bytes: [...fetched.values()].reduce((a, b) => a + b, 0) });
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('leaves the dynamically imported chunk out of the first load', async () => {
    const emitted = await readdir(join(built.outDir, 'assets'));
    expect(emitted.some((f) => /^report-.*\.js$/.test(f))).toBe(true);
    const admin = built.result!.run.measurements.find((m) => m.route === '/admin/' && m.metric === 'bundle.js.raw')!;
    expect((admin.attribution?.chunks as string[]).some((f) => /report/.test(f))).toBe(false);
  });

  it('fails the build through this.error naming route, metric, actual and limit', async () => {
    const admin = built.result!.run.measurements.find((m) => m.route === '/admin/' && m.metric === 'bundle.js.gzip')!.samples[0]!;
    const err = await viteBuild({ budgets: { routes: [{ match: '/admin/', metrics: { 'bundle.js.gzip': { error: 200 } } }] } }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain('/admin/ bundle.js.gzip');
    expect(err!.message).toContain(`${(admin / 1000).toFixed(1)} kB`);
    expect(err!.message).toContain('200 B');
  }, 60_000);
});

describe('perfgate() warnings, baseline and server builds', () => {
  it('sends a warn-level budget through this.warn without failing the build', async () => {
    const warnings: string[] = [];
    const built = await viteBuild({ budgets: { routes: [{ match: '/', metrics: { 'bundle.js.raw': { warn: 100, error: '1 MB' } } }] } }, { warnings });
    expect(built.result!.exitCode).toBe(0);
    expect(warnings.join('\n')).toMatch(/perfgate: \/ bundle\.js\.raw: [\d.]+ (kB|B) is over the warn limit/);
  }, 60_000);

  it('records a baseline with updateBaseline and fails a later build that grows past it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'perfgate-vite-baseline-'));
    const first = await viteBuild({}, { work, updateBaseline: true });
    expect(first.result!.files.some((f) => f.endsWith('baseline.json'))).toBe(true);
    // The same build again is unchanged; with a 0-byte allowance any growth would fail, none happens.
    const again = await viteBuild({ regression: { bundle: { maxIncreasePercent: 0, maxIncreaseBytes: 0 } } }, { work, updateBaseline: false });
    expect(again.result!.exitCode).toBe(0);
    const gzip = again.result!.report.verdicts.find((v) => v.route === '/admin/' && v.metric === 'bundle.js.gzip');
    expect(gzip?.comparison?.verdict).toBe('unchanged');
  }, 60_000);

  it('skips server (SSR) builds: nothing there is shipped to browsers', async () => {
    const built = await viteBuild({ budgets: { routes: [{ match: '**', metrics: { 'bundle.js.raw': { error: 1 } } }] } }, { ssr: true });
    expect(built.result).toBeUndefined();
  }, 60_000);
});
