import { ESLintUtils } from '@typescript-eslint/utils';

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

/** `ESLintUtils.RuleCreator` bound to perfgate's docs location. */
export const createRule = ESLintUtils.RuleCreator<PerfgateRuleDocs>(
  (name) => `${DOCS_BASE_URL}/${name}/${name}.md`,
);
