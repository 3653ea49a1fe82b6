import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AssetSizes, CompressionOptions } from './compressed-size.js';
import { compressedSizes } from './compressed-size.js';

const CACHE_VERSION = 1;
/** Entries kept that were not used by the latest run (so switching branches stays cheap). */
const MAX_STALE_ENTRIES = 5000;

interface CacheFile {
  version: number;
  entries: Record<string, AssetSizes>;
}

/**
 * Compressed sizes cached by content hash, in one JSON file (e.g. `.next/cache/perfgate/sizes.json`).
 * Routes share most chunks and most chunks survive a rebuild unchanged, so a re-check only compresses
 * new content. A missing or unreadable cache file is treated as empty (it is only a cache); writes
 * are atomic (temp file + rename).
 */
export class SizeCache {
  readonly file: string | undefined;
  private entries = new Map<string, AssetSizes>();
  private used = new Set<string>();
  private loading: Promise<void> | undefined;
  private dirty = false;
  /** Assets measured from the cache vs compressed in this run, for the log line. */
  hits = 0;
  misses = 0;

  /** @param file cache file path; `undefined` keeps the cache in memory only. */
  constructor(file: string | undefined) {
    this.file = file;
  }

  /** Loads the file once; concurrent callers share the same promise (every asset waits for it). */
  private load(): Promise<void> {
    this.loading ??= this.readFile();
    return this.loading;
  }

  private async readFile(): Promise<void> {
    if (!this.file) return;
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<CacheFile>;
      if (parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === 'object') {
        for (const [k, v] of Object.entries(parsed.entries)) {
          if (v && typeof v.raw === 'number') this.entries.set(k, v);
        }
      }
    } catch {
      // No cache yet, or a corrupt one: start empty; it is rewritten on save.
    }
  }

  /** Sizes of `content` (bytes), from the cache when the same content was measured with the same options. */
  async sizes(content: Uint8Array, options: CompressionOptions): Promise<AssetSizes> {
    await this.load();
    const key = `${createHash('sha1').update(content).digest('base64url')}:${options.brotliQuality}`;
    this.used.add(key);
    const hit = this.entries.get(key);
    const wanted = options.compression;
    if (
      hit &&
      (!wanted.includes('gzip') || hit.gzip !== undefined) &&
      (!wanted.includes('brotli') || hit.brotli !== undefined)
    ) {
      this.hits++;
      return pick(hit, wanted);
    }
    this.misses++;
    const fresh = await compressedSizes(content, options);
    this.entries.set(key, { ...hit, ...fresh });
    this.dirty = true;
    return fresh;
  }

  /** Writes the cache file atomically when anything changed. Never throws: a cache is optional. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const entries: Record<string, AssetSizes> = {};
    let stale = 0;
    for (const [k, v] of [...this.entries].reverse()) {
      if (!this.used.has(k) && ++stale > MAX_STALE_ENTRIES) continue;
      entries[k] = v;
    }
    const body: CacheFile = { version: CACHE_VERSION, entries };
    try {
      await mkdir(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(body));
      await rename(tmp, this.file);
      this.dirty = false;
    } catch {
      // Read-only file system: measuring still worked, only the next run is slower.
    }
  }
}

function pick(s: AssetSizes, wanted: CompressionOptions['compression']): AssetSizes {
  const out: AssetSizes = { raw: s.raw };
  if (wanted.includes('gzip')) out.gzip = s.gzip;
  if (wanted.includes('brotli')) out.brotli = s.brotli;
  return out;
}
