// @perfgate/webpack public API: only re-exports. The bundler-independent bundle model lives in
// @perfgate/core/bundle (shared with @perfgate/vite and @perfgate/next); it is re-exported here so
// webpack users need one import.
export { PerfgateWebpackPlugin, modelOf } from './plugin.js';
export type { PerfgateWebpackPluginOptions } from './plugin.js';
export { chunkModules, entrypointFiles } from './chunk-modules.js';
export {
  checkBundle,
  bundleCompressions,
  measureBundle,
  assetKind,
  isShippedAsset,
  packageOf,
  SizeCache,
  compressedSizes,
  createBundleRun,
  explainGrowth,
  formatGrowth,
  chunkSnapshotFile,
  readChunkSnapshot,
  writeChunkSnapshot,
  snapshotOf,
  renderRouteTable,
  formatBytes,
  PerfgateBundleError,
  PerfgateBudgetError,
  BUILD_ROUTE,
} from '@perfgate/core/bundle';
export type {
  CheckBundleOptions,
  CheckBundleResult,
  ChunkAttribution,
  MeasureOptions,
  BundleModel,
  RouteFiles,
  ModuleInfo,
  AssetKind,
  AssetSizes,
  CompressionOptions,
  BundleRunOptions,
  GrowthExplanation,
  ChunkSnapshot,
} from '@perfgate/core/bundle';
