/**
 * Flat-config presets. Each preset is one config object that registers the plugin, parses
 * JS/TS with JSX, and sets rule severities.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { rules, type RuleName } from '../rules/index.js';

/** Files every preset applies to. */
export const PRESET_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

type Severity = 'error' | 'warn' | 'off';
type RuleSeverities = Record<`perfgate/${RuleName}`, Severity>;

/** Severity in `recommended`: certain render loops and wasted memo are errors; cost hints are warnings. */
export function recommendedSeverities(): RuleSeverities {
  const out = {} as RuleSeverities;
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    out[`perfgate/${name}`] = rule.meta.type === 'problem' ? 'error' : 'warn';
  }
  return out;
}

/** Severity in `strict`: every rule is an error. */
export function strictSeverities(): RuleSeverities {
  const out = {} as RuleSeverities;
  for (const name of Object.keys(rules) as RuleName[]) out[`perfgate/${name}`] = 'error';
  return out;
}

/** Severity in `react-compiler`: `recommended` with manual-memoization rules off. */
export function reactCompilerSeverities(): RuleSeverities {
  const out = recommendedSeverities();
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    if (rule.meta.docs?.coveredByReactCompiler) out[`perfgate/${name}`] = 'off';
  }
  return out;
}

/** Build one preset config object around `plugin`. */
export function preset(
  name: string,
  plugin: TSESLint.FlatConfig.Plugin,
  severities: RuleSeverities,
  settings?: TSESLint.FlatConfig.Settings,
): TSESLint.FlatConfig.Config {
  return {
    name: `perfgate/${name}`,
    files: PRESET_FILES,
    plugins: { perfgate: plugin },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    ...(settings ? { settings } : {}),
    rules: severities,
  };
}
