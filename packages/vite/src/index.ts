// @perfgate/vite public API: only re-exports.
export { perfgate } from './plugin.js';
export type { PerfgateViteOptions } from './plugin.js';
export { viteModel } from './vite-model.js';
export type { CheckBundleResult } from './shared/check-bundle.js';
export type { BundleModel, RouteFiles } from './shared/bundle-model.js';
export { PerfgateBundleError, PerfgateBudgetError } from './shared/errors.js';
