/**
 * Starts real `next build` (Turbopack and `--webpack`) of the fixture app with withPerfgate, then
 * `next start` on 127.0.0.1 and Debian's Chromium: the first-load JS perfgate reports for every route
 * must equal the script bytes Chromium fetches on a cold load. One passing build per bundler is reused
 * across assertions; one more build per bundler checks a tight budget fails with exit code 1.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from '@playwright/test';
import type { Run } from '@perfgate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerfgateBudgetError, checkNextBuild } from '../src/index.js';
import { launchChromium, scriptsOfColdLoad } from './bundle-helpers/browser-scripts.js';
import { FIXTURE_DIR, freePort, nextBuild, nextStart, stop } from './bundle-helpers/next-cli.js';
import type { CommandResult } from './bundle-helpers/next-cli.js';

/** Route pattern → a URL that renders it. */
const URLS: Record<string, string> = {
  '/': '/',
  '/about': '/about',
  '/blog/[slug]': '/blog/hello',
  '/dashboard': '/dashboard',
  '/dashboard/settings': '/dashboard/settings',
  '/legacy': '/legacy',
};

const GENEROUS = {
  budgets: {
    routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { warn: '900 kB', error: '1 MB' } } }],
    build: { js: { error: '20 MB' }, total: { error: '50 MB' } },
  },
};
const TIGHT = {
  budgets: { routes: [{ match: '/dashboard', metrics: { 'bundle.js.gzip': { error: '10 kB' } } }] },
  regression: { bundle: { maxIncreasePercent: 1, maxIncreaseBytes: '1 kB' } },
};

async function writeConfig(dir: string, name: string, config: object): Promise<string> {
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify({ storageDir: join(dir, '.perfgate'), ...config }));
  return file;
}

describe.each(['turbopack', 'webpack'] as const)('next build (%s) with withPerfgate', (bundler) => {
  const distDir = `.next-${bundler}`;
  let work: string;
  let passing: CommandResult;
  let run: Run;
  let browser: Browser | undefined;
  let server: ChildProcess | undefined;
  let port: number;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), `perfgate-next-${bundler}-`));
    const resultFile = join(work, 'run.json');
    passing = await nextBuild(bundler, {
      PERFGATE_CONFIG: await writeConfig(work, 'generous', GENEROUS),
      PERFGATE_UPDATE_BASELINE: '1',
      FIXTURE_DIST_DIR: distDir,
      FIXTURE_RESULT_FILE: resultFile,
    });
    if (passing.code !== 0) throw new Error(`generous build failed:\n${passing.output}`);
    run = JSON.parse(await readFile(resultFile, 'utf8')) as Run;
    port = await freePort();
    server = await nextStart(port, { FIXTURE_DIST_DIR: distDir });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stop(server);
  });

  it('passes with a generous budget, prints the per-route table and writes the report', async () => {
    expect(passing.output).toContain(`perfgate (${bundler}): first-load bytes per route`);
    for (const route of Object.keys(URLS)) expect(passing.output).toMatch(new RegExp(`^${route.replace(/[[\]/]/g, '\\$&')}\\s`, 'm'));
    expect(run.source).toBe('bundle');
    expect(run.environment.bundler).toBe(bundler);
    const reports = await readdir(join(work, '.perfgate', 'reports'));
    expect(reports).toContain(`bundle-next-${bundler}.json`);
    // PERFGATE_UPDATE_BASELINE=1: core's baseline plus perfgate's per-route chunk lists
    expect(existsSync(join(work, '.perfgate', 'baseline.json'))).toBe(true);
    const chunks = JSON.parse(await readFile(join(work, '.perfgate', 'baseline-chunks', `bundle-next-${bundler}.json`), 'utf8'));
    expect(Object.keys(chunks.routes)).toContain('/dashboard');
  });

  it('in a monorepo, names routes <app>:<route>, matches app-prefixed budget globs and writes one report per app', async () => {
    const saved = { config: process.env.PERFGATE_CONFIG, turbopack: process.env.TURBOPACK };
    process.env.PERFGATE_CONFIG = await writeConfig(work, 'monorepo', { budgets: { routes: [{ match: 'web:/dashboard', metrics: { 'bundle.js.gzip': { error: '1 kB' } } }] } });
    if (bundler === 'turbopack') process.env.TURBOPACK = '1';
    else delete process.env.TURBOPACK;
    try {
      const web = await checkNextBuild(FIXTURE_DIR, distDir, { app: 'web', log: () => {} }).then(() => undefined, (e: unknown) => e);
      expect(web).toBeInstanceOf(PerfgateBudgetError);
      expect((web as Error).message).toMatch(/web:\/dashboard bundle\.js\.gzip: [\d.]+ kB is over its budget of 1\.0 kB/);
      const docs = await checkNextBuild(FIXTURE_DIR, distDir, { app: 'docs', log: () => {} }); // same build, no budget for docs:*
      expect(new Set(docs.run.measurements.map((m) => m.route))).toContain('docs:/blog/[slug]');
      expect(docs.run.environment.app).toBe('docs');
      const reports = await readdir(join(work, '.perfgate', 'reports'));
      expect(reports).toEqual(expect.arrayContaining(['bundle-web.json', 'bundle-docs.json', `bundle-next-${bundler}.json`]));
    } finally {
      for (const [key, value] of [['PERFGATE_CONFIG', saved.config], ['TURBOPACK', saved.turbopack]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("composes with the user's own webpack() and runAfterProductionCompile", async () => {
    expect(existsSync(join(FIXTURE_DIR, distDir, 'user-after-compile.txt'))).toBe(true);
    expect(existsSync(join(FIXTURE_DIR, distDir, 'user-webpack.txt'))).toBe(bundler === 'webpack');
    if (bundler === 'webpack') {
      // The fixture turns Next's webpack build worker on: the client compilation (where perfgate's plugin
      // collects entrypoints) ran in another process than the check, so the hand-over through .next/ is real.
      const pid = (file: string) => readFile(join(FIXTURE_DIR, distDir, file), 'utf8');
      expect(await pid('user-webpack.txt')).not.toBe(await pid('user-after-compile.txt'));
    }
  });

  it('reports, for every route, exactly the script bytes Chromium fetches on a cold load', async () => {
    const routes = new Set(run.measurements.map((m) => m.route));
    for (const route of Object.keys(URLS)) expect(routes).toContain(route);
    for (const [route, path] of Object.entries(URLS)) {
      const fetched = await scriptsOfColdLoad(browser!, `http://127.0.0.1:${port}${path}`);
      const js = run.measurements.find((m) => m.route === route && m.metric === 'bundle.js.raw')!;
      const detail = run.measurements.find((m) => m.route === route && m.metric === 'bundle.total.raw')!.attribution!.detail as Array<{ file: string; raw: number }>;
      const measured = new Map(detail.filter((c) => c.file.endsWith('.js')).map((c) => [`/_next/${c.file}`, c.raw]));
      expect({ route, files: [...measured.keys()].sort() }).toEqual({ route, files: [...fetched.keys()].sort() });
      // Next rewrites the Pages Router's tiny _ssgManifest.js after prerendering (it lists the SSG
      // routes), i.e. after the compile hook perfgate runs in; every other byte must match exactly.
      let ssgDrift = 0;
      for (const [file, bytes] of fetched) {
        if (file.endsWith('/_ssgManifest.js')) ssgDrift = bytes - measured.get(file)!;
        else expect({ route, file, bytes: measured.get(file) }).toEqual({ route, file, bytes });
      }
      expect(Math.abs(ssgDrift)).toBeLessThan(200);
      expect({ route, bytes: js.samples[0]! + ssgDrift }).toEqual({ route, bytes: [...fetched.values()].reduce((a, b) => a + b, 0) });
    }
  }, 120_000);

  it('fails with exit code 1 naming route, metric, actual and limit, and the chunk that grew the route', async () => {
    await stop(server);
    server = undefined;
    // Tight budget on /dashboard, and /dashboard's client component swapped for a ~15 kB heavier one.
    const failing = await nextBuild(bundler, { PERFGATE_CONFIG: await writeConfig(work, 'tight', TIGHT), FIXTURE_DIST_DIR: distDir, FIXTURE_HEAVY: '1' });
    expect(failing.code).toBe(1);
    const lines = failing.output.split('\n');
    const budget = lines.find((l) => l.includes('/dashboard bundle.js.gzip') && l.includes('over its budget'));
    expect(budget, failing.output).toBeDefined();
    expect(budget).toMatch(/over its budget of 10\.0 kB by [\d.]+ kB/);
    expect(lines.some((l) => /\/dashboard bundle\.js\.gzip: regressed \+/.test(l)), failing.output).toBe(true);
    const why = lines.find((l) => l.includes('/dashboard: entered: static/chunks/'));
    expect(why, failing.output).toBeDefined();
    expect(why).toMatch(/\(\+[\d.]+ kB gzip/);
    if (bundler === 'webpack') expect(why).toContain('./components/extra-heavy.jsx');
    // routes the change did not touch are not blamed
    expect(lines.some((l) => /^\s*- \/about\b/.test(l))).toBe(false);
  }, 240_000);
});
