// @perfgate/vite public API: only re-exports.
export { perfgate } from './plugin.js';
export type { PerfgateViteOptions } from './plugin.js';
export { viteModel } from './vite-model.js';
export type { CheckBundleResult, BundleModel, RouteFiles } from '@perfgate/core/bundle';
export { PerfgateBundleError, PerfgateBudgetError } from '@perfgate/core/bundle';
