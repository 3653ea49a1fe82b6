// @perfgate/core public API: only re-exports. Each folder's index.ts lists its own public exports.
export type * from './model.js';
export * from './metrics.js';
export * from './stats/index.js';
export * from './config/index.js';
export * from './budgets/index.js';
export * from './baseline/index.js';
export * from './report/index.js';
export * from './gate/index.js';
export * from './history/index.js';
export * from './trends/index.js';
export * from './alerts/index.js';
export * from './exporters/index.js';
export { gitInfo, machineDescription } from './run-context.js';
