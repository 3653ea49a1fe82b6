import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Compression } from '../metrics.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Sizes of one asset (bytes). A compression not asked for is absent. */
export interface AssetSizes {
  /** Bytes on disk. */
  raw: number;
  /** Bytes after gzip level 9 (what size-limit and bundlewatch report). */
  gzip?: number;
  /** Bytes after brotli at the configured quality (0–11). */
  brotli?: number;
}

/** Options of {@link compressedSizes}. */
export interface CompressionOptions {
  /** Which sizes to compute; `raw` is always computed. */
  compression: readonly Compression[];
  /** Brotli quality 0–11 (unitless); 11 costs ~1 s per MB, 9 about a tenth of that. */
  brotliQuality: number;
}

/**
 * Measures one asset's raw, gzip-9 and brotli sizes (bytes). Compression runs on libuv's thread
 * pool, so several assets measured concurrently use several cores.
 */
export async function compressedSizes(content: Uint8Array, options: CompressionOptions): Promise<AssetSizes> {
  const sizes: AssetSizes = { raw: content.byteLength };
  const jobs: Promise<void>[] = [];
  if (options.compression.includes('gzip')) {
    jobs.push(gzipAsync(content, { level: 9 }).then((b) => void (sizes.gzip = b.byteLength)));
  }
  if (options.compression.includes('brotli')) {
    jobs.push(
      brotliAsync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
        },
      }).then((b) => void (sizes.brotli = b.byteLength)),
    );
  }
  await Promise.all(jobs);
  return sizes;
}
