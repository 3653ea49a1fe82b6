/** Does code run every time its enclosing function runs, or only on some paths? */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

const CONDITIONAL_PARENTS = new Set<string>([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.CatchClause,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.FunctionDeclaration,
]);

/**
 * Does `node` run on every run of `fn` that gets past any early return before it, i.e. is no
 * branch, loop, optional chain or nested function between `node` and `fn`'s body?
 * The test of an `if` itself runs unconditionally and is not treated as a branch.
 */
export function runsUnconditionallyIn(node: TSESTree.Node, fn: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && current !== fn) {
    if (CONDITIONAL_PARENTS.has(current.type)) {
      const isIfTest = current.type === AST_NODE_TYPES.IfStatement && current.test === child;
      const isTernaryTest = current.type === AST_NODE_TYPES.ConditionalExpression && current.test === child;
      const isLogicalLeft = current.type === AST_NODE_TYPES.LogicalExpression && current.left === child;
      if (!isIfTest && !isTernaryTest && !isLogicalLeft) return false;
    }
    child = current;
    current = current.parent;
  }
  return current === fn;
}
