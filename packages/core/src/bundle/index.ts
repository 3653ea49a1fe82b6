// @perfgate/core/bundle: the bundler-independent bundle model every bundle producer (webpack, Next, Vite)
// shares. Only re-exports. A subpath of its own and light to import (config, statistics and reports load
// when `checkBundle` first runs), because a next.config that uses withPerfgate is loaded by every Next process.
export { checkBundle } from './check-bundle.js';
export type { CheckBundleOptions, CheckBundleResult } from './check-bundle.js';
export { bundleCompressions } from './bundle-compressions.js';
export { measureBundle } from './measure-bundle.js';
export type { ChunkAttribution, MeasureOptions } from './measure-bundle.js';
export { assetKind, isShippedAsset, packageOf } from './bundle-model.js';
export type { BundleModel, RouteFiles, ModuleInfo, AssetKind } from './bundle-model.js';
export { SizeCache } from './size-cache.js';
export { compressedSizes } from './compressed-size.js';
export type { AssetSizes, CompressionOptions } from './compressed-size.js';
export { createBundleRun } from './create-run.js';
export type { BundleRunOptions } from './create-run.js';
export { explainGrowth, formatGrowth } from './explain-growth.js';
export type { GrowthExplanation } from './explain-growth.js';
export { chunkSnapshotFile, readChunkSnapshot, writeChunkSnapshot, snapshotOf } from './chunk-snapshot.js';
export type { ChunkSnapshot } from './chunk-snapshot.js';
export { renderRouteTable } from './route-table.js';
export { formatBytes } from './format-bytes.js';
export { PerfgateBundleError, PerfgateBudgetError } from './errors.js';
export { BUILD_ROUTE } from '../budgets/build-totals.js';
