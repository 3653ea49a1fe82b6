import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSameRoute, turbopackModel } from './turbopack-model.js';
import { webpackModel } from './webpack-model.js';
import { ENTRYPOINTS_FILE } from './entrypoints-file.js';
import type { EntrypointsFile } from './entrypoints-file.js';

async function put(dir: string, file: string, content: string): Promise<void> {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), content);
}

const buildManifest = (extra: object) =>
  JSON.stringify({
    pages: { '/_app': ['static/chunks/app.js'], '/_error': ['static/chunks/err.js'], '/legacy': ['static/chunks/legacy.js'] },
    rootMainFiles: ['static/chunks/main-app.js', 'static/chunks/runtime.js'],
    polyfillFiles: ['static/chunks/polyfills.js'],
    lowPriorityFiles: ['static/BUILD/_buildManifest.js', 'static/BUILD/_ssgManifest.js'],
    ...extra,
  });

describe('turbopackModel', () => {
  it('reads App Router entryJSFiles/entryCSSFiles with vm and Pages Router files from the build manifest', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'perfgate-turbo-'));
    await put(dist, 'build-manifest.json', buildManifest({}));
    await put(dist, 'server/app-paths-manifest.json', JSON.stringify({ '/(shop)/cart/page': 'app/(shop)/cart/page.js', '/_global-error/page': 'x', '/api/x/route': 'y' }));
    const manifest = {
      entryJSFiles: { '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/(shop)/cart/page': ['static/chunks/layout.js', 'static/chunks/cart.js', 'static/chunks/polyfills.js'] },
      entryCSSFiles: { '[project]/app/layout': [{ path: 'static/chunks/app.css', inlined: false }, { path: 'static/chunks/inline.css', inlined: true }] },
    };
    await put(dist, 'server/app/(shop)/cart/page_client-reference-manifest.js', `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(shop)/cart/page"] = ${JSON.stringify(manifest)};`);
    const model = await turbopackModel(dist);
    expect(model.routes).toEqual([
      { route: '/cart', files: ['static/chunks/main-app.js', 'static/chunks/runtime.js', 'static/chunks/layout.js', 'static/chunks/cart.js', 'static/chunks/app.css'] },
      { route: '/legacy', files: ['static/chunks/legacy.js', 'static/chunks/app.js', 'static/BUILD/_buildManifest.js', 'static/BUILD/_ssgManifest.js'] },
    ]);
    // the manifest was evaluated in a sandbox, not in this realm
    expect((globalThis as { __RSC_MANIFEST?: unknown }).__RSC_MANIFEST).toBeUndefined();
  });
});

describe('mergeSameRoute', () => {
  it('unites the files of parallel-route slot pages that render on the same URL', () => {
    expect(
      mergeSameRoute([
        { route: '/dash/x', files: ['main.js', 'x.js'] },
        { route: '/other', files: ['main.js'] },
        { route: '/dash/x', files: ['main.js', 'modal.js'] },
      ]),
    ).toEqual([
      { route: '/dash/x', files: ['main.js', 'x.js', 'modal.js'] },
      { route: '/other', files: ['main.js'] },
    ]);
  });
});

describe('staticAssets (build-wide totals)', () => {
  it("counts what the build emitted under static/ and the app's public/ files, relative to the dist dir", async () => {
    const project = await mkdtemp(join(tmpdir(), 'perfgate-assets-'));
    const dist = join(project, '.next');
    await put(dist, 'build-manifest.json', buildManifest({ pages: {} }));
    await put(dist, 'server/app-paths-manifest.json', '{}');
    await put(dist, 'static/chunks/main.js', 'x');
    await put(dist, 'server/app/page.js', 'server code is not shipped');
    await put(project, 'public/hero.avif', 'image');
    await put(project, 'public/fonts/inter.woff2', 'font');
    const model = await turbopackModel(dist, { publicDir: join(project, 'public') });
    expect([...(model.assets ?? [])].sort()).toEqual(['../public/fonts/inter.woff2', '../public/hero.avif', 'static/chunks/main.js']);
    expect((await turbopackModel(dist)).assets).toEqual(['static/chunks/main.js']);
  });
});

describe('webpackModel', () => {
  it('takes the layout chain and page entries, skipping the JS of entries without client components but keeping their CSS', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'perfgate-wp-'));
    await put(dist, 'build-manifest.json', buildManifest({ pages: {} }));
    await put(dist, 'server/app-paths-manifest.json', JSON.stringify({ '/dash/page': 'app/dash/page.js' }));
    const eps: EntrypointsFile = {
      version: 1,
      modules: {},
      entrypoints: {
        'app/layout': { files: ['static/css/global.css', 'static/chunks/app/layout.js'], clientModules: 0 },
        'app/dash/layout': { files: ['static/chunks/app/dash/layout.js'], clientModules: 1 },
        'app/dash/error': { files: ['static/chunks/app/dash/error.js'], clientModules: 1 },
        'app/dash/page': { files: ['static/chunks/shared.js', 'static/chunks/app/dash/page.js'], clientModules: 2 },
        'app/other/page': { files: ['static/chunks/app/other/page.js'], clientModules: 1 },
      },
    };
    await put(dist, ENTRYPOINTS_FILE, JSON.stringify(eps));
    const model = await webpackModel(dist);
    expect(model.routes).toEqual([
      {
        route: '/dash',
        files: [
          'static/chunks/main-app.js',
          'static/chunks/runtime.js',
          'static/css/global.css',
          'static/chunks/app/dash/layout.js',
          'static/chunks/app/dash/error.js',
          'static/chunks/shared.js',
          'static/chunks/app/dash/page.js',
        ],
      },
    ]);
  });

  it('names the missing entrypoints file and how to get it', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'perfgate-wp-'));
    await put(dist, 'build-manifest.json', buildManifest({}));
    await expect(webpackModel(dist)).rejects.toThrow(/perfgate-entrypoints\.json.*missing.*withPerfgate/s);
  });
});
