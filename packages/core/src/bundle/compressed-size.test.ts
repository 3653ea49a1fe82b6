import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedSizes } from './compressed-size.js';

const text = Buffer.from('export const answer = 42;\n'.repeat(200));

describe('compressedSizes', () => {
  it('reports raw, gzip-9 and brotli bytes equal to node:zlib output', async () => {
    const s = await compressedSizes(text, { compression: ['raw', 'gzip', 'brotli'], brotliQuality: 11 });
    expect(s.raw).toBe(text.byteLength);
    expect(s.gzip).toBe(gzipSync(text, { level: 9 }).byteLength);
    expect(s.brotli).toBe(brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength);
  });

  it('skips compressions not asked for', async () => {
    const s = await compressedSizes(text, { compression: ['raw', 'gzip'], brotliQuality: 11 });
    expect(s.brotli).toBeUndefined();
    expect(s.gzip).toBeGreaterThan(0);
  });
});
