import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SizeCache } from './size-cache.js';

const opts = { compression: ['raw', 'gzip', 'brotli'] as const, brotliQuality: 5 };
const content = Buffer.from('console.log("perfgate");\n'.repeat(50));

describe('SizeCache', () => {
  it('compresses new content once, then serves it from the file in a later process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-cache-'));
    const file = join(dir, 'sizes.json');
    const first = new SizeCache(file);
    const a = await first.sizes(content, { ...opts, compression: [...opts.compression] });
    expect(first.misses).toBe(1);
    await first.save();
    const second = new SizeCache(file);
    const b = await second.sizes(content, { ...opts, compression: [...opts.compression] });
    expect(b).toEqual(a);
    expect(second.hits).toBe(1);
    expect(second.misses).toBe(0);
  });

  it('serves concurrent lookups from the file (the load is shared, not raced)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-cache-'));
    const file = join(dir, 'sizes.json');
    const contents = Array.from({ length: 8 }, (_, i) => Buffer.from(`chunk ${i};`.repeat(100)));
    const first = new SizeCache(file);
    await Promise.all(contents.map((c) => first.sizes(c, { compression: ['raw', 'gzip'], brotliQuality: 11 })));
    await first.save();
    const second = new SizeCache(file);
    await Promise.all(contents.map((c) => second.sizes(c, { compression: ['raw', 'gzip'], brotliQuality: 11 })));
    expect({ hits: second.hits, misses: second.misses }).toEqual({ hits: 8, misses: 0 });
  });

  it('keys on brotli quality, so a changed quality recompresses', async () => {
    const cache = new SizeCache(undefined);
    await cache.sizes(content, { compression: ['raw', 'brotli'], brotliQuality: 5 });
    await cache.sizes(content, { compression: ['raw', 'brotli'], brotliQuality: 11 });
    expect(cache.misses).toBe(2);
  });

  it('treats a corrupt cache file as empty and rewrites it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-cache-'));
    const file = join(dir, 'sizes.json');
    await writeFile(file, '{not json');
    const cache = new SizeCache(file);
    const s = await cache.sizes(content, { compression: ['raw', 'gzip'], brotliQuality: 11 });
    expect(s.raw).toBe(content.byteLength);
    await cache.save();
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });
});
