import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_ROUTE } from '../budgets/build-totals.js';
import type { Compression } from '../metrics.js';
import type { Measurement } from '../model.js';
import type { AssetSizes, CompressionOptions } from './compressed-size.js';
import type { BundleModel } from './bundle-model.js';
import { assetKind, isShippedAsset, packageOf } from './bundle-model.js';
import { PerfgateBundleError } from './errors.js';
import type { SizeCache } from './size-cache.js';


/** One chunk in a route's first load, as stored in a measurement's `attribution.chunks`. */
export interface ChunkAttribution extends AssetSizes {
  file: string;
  /** Packages with bytes in this chunk, largest first (when the bundler exposes modules). */
  packages?: string[];
  /** The largest modules of the app's own code in this chunk (when exposed). */
  modules?: string[];
}

/** Options of {@link measureBundle}. */
export interface MeasureOptions extends CompressionOptions {
  cache: SizeCache;
  /** Prefix of every route name (`web` → `web:/dashboard`), for monorepos with several apps. */
  app?: string;
}

const KINDS = ['js', 'css', 'total'] as const;
/** Files read and compressed at once (libuv's pool has 4 threads by default). */
const CONCURRENCY = 8;

/**
 * Turns a bundle model into core Measurements: per route `bundle.{js,css,total}.{raw,gzip,brotli}`
 * (bytes, one sample each), with the route's chunk files in `attribution.chunks` (and, on
 * `bundle.total.raw`, per-chunk sizes and packages in `attribution.detail`); plus build-wide totals
 * under {@link BUILD_ROUTE} (`bundle.{js,css,total}.*` and `bundle.media.raw`).
 * Throws {@link PerfgateBundleError} when a listed file is missing.
 */
export async function measureBundle(model: BundleModel, options: MeasureOptions): Promise<Measurement[]> {
  const sizeOf = new Map<string, Promise<AssetSizes>>();
  const measure = (file: string): Promise<AssetSizes> => {
    let p = sizeOf.get(file);
    if (!p) {
      const path = join(model.outputDir, file);
      p = readFile(path).then(
        // Images, fonts and video are already compressed and servers do not recompress them:
        // they count at their raw size under every compression.
        (buf) => (assetKind(file) === 'media' ? mediaSizes(buf.byteLength, options) : options.cache.sizes(buf, options)),
        (err: unknown) => {
          throw new PerfgateBundleError(
            path,
            `the build lists "${file}" but it is not on disk (${(err as Error).message})`,
            'Run the check right after the build that produced this output directory, and do not delete files in between.',
            err,
          );
        },
      );
      sizeOf.set(file, p);
    }
    return p;
  };

  const all = new Set<string>(model.routes.flatMap((r) => r.files));
  for (const a of model.assets ?? []) if (isShippedAsset(a)) all.add(a);
  // A few files in flight at once: libuv's pool spreads the compressions over the cores, and memory
  // stays bounded for builds with many large assets.
  const sizes = new Map<string, AssetSizes>();
  const queue = [...all];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) sizes.set(f, await measure(f));
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  await options.cache.save();

  const prefix = options.app ? `${options.app}:` : '';
  const out: Measurement[] = [];
  for (const r of model.routes) {
    const files = [...new Set(r.files)];
    const chunks = files.map((file): ChunkAttribution => ({ file, ...sizes.get(file)!, ...modulesOf(model, file) }));
    for (const kind of KINDS) {
      const mine = chunks.filter((c) => kind === 'total' || assetKind(c.file) === kind);
      for (const compression of ['raw', ...options.compression.filter((c) => c !== 'raw')] as Compression[]) {
        out.push({
          route: prefix + r.route,
          metric: `bundle.${kind}.${compression}`,
          unit: 'bytes',
          samples: [sum(mine, compression)],
          // Every measurement names its chunks; `bundle.total.raw` also carries sizes and packages per chunk.
          attribution: { chunks: mine.map((c) => c.file), ...(kind === 'total' && compression === 'raw' ? { detail: mine } : {}) },
        });
      }
    }
  }
  if (model.assets) {
    const withSizes = [...all].map((file) => ({ file, ...sizes.get(file)! }));
    for (const kind of KINDS) {
      const mine = withSizes.filter((c) => kind === 'total' || assetKind(c.file) === kind);
      for (const compression of ['raw', ...options.compression.filter((c) => c !== 'raw')] as Compression[]) {
        // Unprefixed: each app has its own report, and core applies `budgets.build` to this exact name.
        out.push({ route: BUILD_ROUTE, metric: `bundle.${kind}.${compression}`, unit: 'bytes', samples: [sum(mine, compression)] });
      }
    }
    const media = withSizes.filter((c) => assetKind(c.file) === 'media');
    out.push({ route: BUILD_ROUTE, metric: 'bundle.media.raw', unit: 'bytes', samples: [sum(media, 'raw')] });
  }
  return out;
}

function mediaSizes(raw: number, options: MeasureOptions): AssetSizes {
  return {
    raw,
    ...(options.compression.includes('gzip') ? { gzip: raw } : {}),
    ...(options.compression.includes('brotli') ? { brotli: raw } : {}),
  };
}

function sum(chunks: AssetSizes[], compression: Compression): number {
  let n = 0;
  for (const c of chunks) n += c[compression] ?? 0;
  return n;
}

function modulesOf(model: BundleModel, file: string): Pick<ChunkAttribution, 'packages' | 'modules'> {
  const mods = model.modules?.[file];
  if (!mods || mods.length === 0) return {};
  const byPkg = new Map<string, number>();
  const own: Array<{ name: string; size: number }> = [];
  for (const m of mods) {
    const pkg = packageOf(m.name);
    if (pkg) byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + m.size);
    else own.push(m);
  }
  return {
    packages: [...byPkg].sort((a, b) => b[1] - a[1]).map(([p]) => p),
    modules: own.sort((a, b) => b.size - a.size).slice(0, 10).map((m) => m.name),
  };
}
