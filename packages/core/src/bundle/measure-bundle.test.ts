import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD_ROUTE } from '../budgets/build-totals.js';
import { measureBundle } from './measure-bundle.js';
import { PerfgateBundleError } from './errors.js';
import { SizeCache } from './size-cache.js';

async function fixture(): Promise<{ dir: string; files: Record<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), 'perfgate-measure-'));
  const files: Record<string, Buffer> = {
    'chunks/runtime.js': Buffer.from('self.r=1;'.repeat(100)),
    'chunks/page-a.js': Buffer.from('export const a = "aaaa";'.repeat(300)),
    'css/app.css': Buffer.from('body{margin:0}'.repeat(40)),
    'media/logo.png': Buffer.alloc(2048, 7),
    'chunks/page-a.js.map': Buffer.from('{}'),
  };
  for (const [name, buf] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), buf);
  }
  return { dir, files };
}

describe('measureBundle', () => {
  it('sums each route’s first-load files per kind and compression, with its chunks as attribution', async () => {
    const { dir, files } = await fixture();
    const ms = await measureBundle(
      { outputDir: dir, routes: [{ route: '/a', files: ['chunks/runtime.js', 'chunks/page-a.js', 'css/app.css', 'chunks/runtime.js'] }] },
      { compression: ['raw', 'gzip'], brotliQuality: 11, cache: new SizeCache(undefined) },
    );
    const get = (metric: string) => ms.find((m) => m.route === '/a' && m.metric === metric)!;
    const js = files['chunks/runtime.js']!.byteLength + files['chunks/page-a.js']!.byteLength;
    expect(get('bundle.js.raw').samples).toEqual([js]);
    expect(get('bundle.css.raw').samples).toEqual([files['css/app.css']!.byteLength]);
    expect(get('bundle.total.raw').samples).toEqual([js + files['css/app.css']!.byteLength]);
    expect(get('bundle.js.gzip').samples).toEqual([
      gzipSync(files['chunks/runtime.js']!, { level: 9 }).byteLength + gzipSync(files['chunks/page-a.js']!, { level: 9 }).byteLength,
    ]);
    expect(ms.some((m) => m.metric === 'bundle.js.brotli')).toBe(false);
    expect(get('bundle.js.raw').attribution?.chunks).toEqual(['chunks/runtime.js', 'chunks/page-a.js']);
    expect((get('bundle.total.raw').attribution?.detail as unknown[]).length).toBe(3);
  });

  it('adds build-wide totals (media included, source maps excluded) and prefixes routes with the app', async () => {
    const { dir, files } = await fixture();
    const ms = await measureBundle(
      { outputDir: dir, routes: [{ route: '/a', files: ['chunks/page-a.js'] }], assets: Object.keys(files) },
      { compression: ['raw'], brotliQuality: 11, cache: new SizeCache(undefined), app: 'web' },
    );
    expect(ms.find((m) => m.metric === 'bundle.js.raw')!.route).toBe('web:/a');
    const build = (metric: string) => ms.find((m) => m.route === BUILD_ROUTE && m.metric === metric)!.samples[0];
    expect(build('bundle.media.raw')).toBe(2048);
    // media is never recompressed: it counts at raw size in the gzip totals too
    const gz = await measureBundle(
      { outputDir: dir, routes: [], assets: ['media/logo.png'] },
      { compression: ['raw', 'gzip'], brotliQuality: 11, cache: new SizeCache(undefined) },
    );
    expect(gz.find((m) => m.metric === 'bundle.total.gzip')!.samples).toEqual([2048]);
    expect(build('bundle.total.raw')).toBe(
      Object.entries(files).filter(([n]) => !n.endsWith('.map')).reduce((s, [, b]) => s + b.byteLength, 0),
    );
  });

  it('throws a PerfgateBundleError naming the missing file', async () => {
    const { dir } = await fixture();
    await expect(
      measureBundle({ outputDir: dir, routes: [{ route: '/x', files: ['chunks/gone.js'] }] }, { compression: ['raw'], brotliQuality: 11, cache: new SizeCache(undefined) }),
    ).rejects.toThrow(PerfgateBundleError);
    await expect(
      measureBundle({ outputDir: dir, routes: [{ route: '/x', files: ['chunks/gone.js'] }] }, { compression: ['raw'], brotliQuality: 11, cache: new SizeCache(undefined) }),
    ).rejects.toThrow(/chunks\/gone\.js/);
  });
});
