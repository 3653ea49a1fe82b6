import type { PerfgateConfigInput } from './schema.js';

/**
 * Types a `perfgate.config.ts`: `export default defineConfig({ budgets: { … } })`. Returns its argument.
 */
export function defineConfig(config: PerfgateConfigInput): PerfgateConfigInput {
  return config;
}
