// Barrel for config. Only re-exports.
export { defineConfig } from './define-config.js';
export { parseConfig } from './parse-config.js';
export { loadConfig, findConfigFile, CONFIG_FILES } from './load-config.js';
export type { LoadConfigOptions, LoadedConfig } from './load-config.js';
export { mergeConfig } from './merge-config.js';
export { PerfgateConfigError } from './errors.js';
export type { ConfigProblem } from './errors.js';
export { parseQuantity } from './units.js';
export { configJsonSchema } from './schema.js';
export type { Quantity, QuantityKind } from './units.js';
export type { PerfgateConfig, PerfgateConfigInput, BudgetsConfig, BudgetLimits, RouteBudget, BuildBudgets } from './schema.js';
