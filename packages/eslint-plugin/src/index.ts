/**
 * @perfgate/eslint-plugin: rules that flag costly React render patterns, with few false alarms.
 *
 * ```js
 * import perfgate from '@perfgate/eslint-plugin';
 * export default [perfgate.configs.recommended];
 * ```
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { preset, reactCompilerSeverities, recommendedSeverities, strictSeverities } from './configs/presets.js';
import { rules } from './rules/index.js';

export { rules, type RuleName } from './rules/index.js';
export type { PerfgateSettings } from './analysis/compiler.js';
export type { HeavyPackage } from './rules/no-heavy-imports/heavy-packages.js';
export { DEFAULT_HEAVY_PACKAGES } from './rules/no-heavy-imports/heavy-packages.js';

/** Plugin name and version; `meta.test.ts` checks they match package.json. */
const meta = { name: '@perfgate/eslint-plugin', version: '0.1.0' } as const;

/** The presets a user picks from. */
export interface PerfgateConfigs {
  /** Every rule; render loops and wasted memo are errors, cost hints are warnings. */
  recommended: TSESLint.FlatConfig.Config;
  /** Every rule as an error. */
  strict: TSESLint.FlatConfig.Config;
  /** For apps built with the React Compiler: manual-memoization rules off, `settings.perfgate.reactCompiler` on. */
  'react-compiler': TSESLint.FlatConfig.Config;
}

/** The plugin object: register it under the `perfgate` prefix. */
export interface PerfgatePlugin {
  meta: typeof meta;
  rules: typeof rules;
  configs: PerfgateConfigs;
}

const plugin: PerfgatePlugin = { meta, rules, configs: {} as PerfgateConfigs };
const asPlugin = plugin as unknown as TSESLint.FlatConfig.Plugin;
plugin.configs.recommended = preset('recommended', asPlugin, recommendedSeverities());
plugin.configs.strict = preset('strict', asPlugin, strictSeverities());
plugin.configs['react-compiler'] = preset('react-compiler', asPlugin, reactCompilerSeverities(), {
  perfgate: { reactCompiler: true },
});

export const configs = plugin.configs;
export default plugin;
