// @perfgate/next public API (build side): only re-exports. Field monitoring lives in ./client and ./server.
export { withPerfgate, checkNextBuild, isNextBuildProcess } from './with-perfgate.js';
export type { WithPerfgateOptions } from './with-perfgate.js';
export { turbopackModel } from './bundle/turbopack-model.js';
export { webpackModel } from './bundle/webpack-model.js';
export { NextEntrypointsPlugin } from './bundle/entrypoints-plugin.js';
export { appRouteName, isAppPage, isPagesRoute, segmentDirs } from './bundle/route-name.js';
export { ENTRYPOINTS_FILE } from './bundle/entrypoints-file.js';
export { PerfgateBudgetError, PerfgateBundleError } from '@perfgate/webpack';
