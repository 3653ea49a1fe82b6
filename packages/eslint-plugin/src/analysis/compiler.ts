/**
 * Is the React Compiler memoizing this code? Then manual-memoization findings are moot.
 *
 * The compiler is a build step, invisible to ESLint, so users say so in settings:
 * `settings: { perfgate: { reactCompiler: true } }` (the `react-compiler` preset sets it).
 * A `'use no memo'` directive opts a function (or file) out of the compiler, and `'use memo'`
 * opts one in, as documented at https://react.dev/reference/react-compiler/directives.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './components.js';

/** Shape of perfgate's shared settings. */
export interface PerfgateSettings {
  /** The app is built with the React Compiler (babel-plugin-react-compiler / Next `reactCompiler`). */
  reactCompiler?: boolean;
}

/** Read `settings.perfgate` from a rule context. */
export function perfgateSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PerfgateSettings {
  const settings = context.settings as { perfgate?: PerfgateSettings } | undefined;
  return settings?.perfgate ?? {};
}

function directives(body: readonly TSESTree.Node[]): string[] {
  const found: string[] = [];
  for (const statement of body) {
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.Literal &&
      typeof statement.expression.value === 'string'
    ) {
      found.push(statement.expression.value);
    } else {
      break;
    }
  }
  return found;
}

/** Does the React Compiler memoize `fn` under the current settings and directives? */
export function isCompiledByReactCompiler(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  fn: FunctionNode,
): boolean {
  const own = fn.body.type === AST_NODE_TYPES.BlockStatement ? directives(fn.body.body) : [];
  if (own.includes('use no memo')) return false;
  if (own.includes('use memo')) return true;
  const file = directives(context.sourceCode.ast.body);
  if (file.includes('use no memo')) return false;
  return perfgateSettings(context).reactCompiler === true;
}
