import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

/** Base URL of the rule docs; each rule's doc sits next to its source. */
export const DOCS_BASE_URL =
  'https://github.com/perfgate/perfgate/blob/main/packages/eslint-plugin/src/rules';

/** Extra `docs` fields every perfgate rule declares. */
export interface PerfgateRuleDocs {
  /** Whether the rule is on in the `recommended` preset. */
  recommended?: boolean;
  /** Whether the React Compiler makes the rule unnecessary (it is off in the `react-compiler` preset). */
  coveredByReactCompiler?: boolean;
}

const baseCreateRule = ESLintUtils.RuleCreator<PerfgateRuleDocs>((name) => `${DOCS_BASE_URL}/${name}/${name}.md`);

/**
 * `ESLintUtils.RuleCreator` bound to perfgate's docs location, with one change: options merged with
 * defaults are computed once per distinct configuration instead of once per linted file.
 * typescript-eslint's `applyDefault` deep-clones with `structuredClone` on every `create` call,
 * which measured as the largest single cost of our rules on small files (bench/lint).
 * Rules must treat their options as read-only (they do).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PerfgateRuleDocs>>,
): ReturnType<typeof baseCreateRule<Options, MessageIds>> {
  const rule = baseCreateRule(spec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  const withoutOptions = ESLintUtils.applyDefault<Options, Options>(defaults, [] as unknown as Options);
  return {
    ...rule,
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) {
      // The common case (`'error'` / `'warn'` with no options) needs no key at all.
      if (context.options.length === 0) return spec.create(context, withoutOptions);
      const key = JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault<Options, Options>(defaults, context.options);
        merged.set(key, options);
      }
      return spec.create(context, options);
    },
  };
}
