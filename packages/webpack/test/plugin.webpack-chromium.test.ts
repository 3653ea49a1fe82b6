/**
 * Ground truth for plain webpack 5: a real production build of the two-entry fixture with
 * html-webpack-plugin writing one page per entry (the script tags webpack users actually ship), each page
 * loaded cold in Debian's Chromium. The JS perfgate reports per entrypoint must equal the script files
 * and bytes the browser fetches. Requests are answered from the build output through Playwright's
 * request routing: nothing leaves the process.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import type { Stats } from 'webpack';
import { describe, expect, it } from 'vitest';
import { PerfgateWebpackPlugin } from '../src/index.js';
import type { CheckBundleResult } from '../src/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/two-entries/', import.meta.url));
const ORIGIN = 'http://perfgate.test';
const ENTRIES = ['home', 'admin'] as const;

async function buildWithPages(): Promise<{ out: string; result: CheckBundleResult }> {
  const work = await mkdtemp(join(tmpdir(), 'perfgate-webpack-html-'));
  const out = join(work, 'dist');
  let result: CheckBundleResult | undefined;
  const compiler = webpack({
    mode: 'production',
    context: FIXTURE,
    entry: { home: './src/home.js', admin: './src/admin.js' },
    output: { path: out, filename: '[name].[contenthash:8].js', publicPath: '/', clean: true },
    optimization: { splitChunks: { chunks: 'all', minSize: 0 }, runtimeChunk: 'single' },
    plugins: [
      ...ENTRIES.map((name) => new HtmlWebpackPlugin({ filename: `${name}.html`, chunks: [name], title: name })),
      new PerfgateWebpackPlugin({ cwd: work, overrides: { storageDir: join(work, '.perfgate') }, log: () => {}, onResult: (r) => (result = r) }),
    ],
  });
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err ?? new Error('no stats')) : compiler.close(() => resolve(s)))),
  );
  expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false);
  return { out, result: result! };
}

describe('PerfgateWebpackPlugin against Chromium (html-webpack-plugin pages)', () => {
  it('reports per entrypoint exactly the script files and bytes Chromium fetches on a cold load', async () => {
    const { out, result } = await buildWithPages();
    const browser = await chromium.launch({
      executablePath: process.env.PERFGATE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      for (const entry of ENTRIES) {
        const context = await browser.newContext();
        await context.route(`${ORIGIN}/**`, async (route) => {
          const file = join(out, new URL(route.request().url()).pathname);
          const body = await readFile(file).catch(() => undefined);
          await (body ? route.fulfill({ body, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html' }) : route.fulfill({ status: 404 }));
        });
        const page = await context.newPage();
        const fetched = new Map<string, number>();
        const pending: Promise<void>[] = [];
        page.on('response', (res) => {
          if (res.request().resourceType() !== 'script') return;
          pending.push(res.body().then((b) => void fetched.set(new URL(res.url()).pathname.slice(1), b.byteLength)));
        });
        await page.goto(`${ORIGIN}/${entry}.html`, { waitUntil: 'load' });
        await Promise.all(pending);
        await context.close();
        const js = result.run.measurements.find((m) => m.route === entry && m.metric === 'bundle.js.raw')!;
        expect(fetched.size).toBeGreaterThanOrEqual(2); // the runtime chunk and the entry at least
        expect({ entry, files: [...(js.attribution?.chunks as string[])].sort() }).toEqual({ entry, files: [...fetched.keys()].sort() });
        expect({ entry, bytes: js.samples[0] }).toEqual({ entry, bytes: [...fetched.values()].reduce((a, b) => a + b, 0) });
      }
    } finally {
      await browser.close();
    }
  }, 90_000);
});
