import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  displayName,
  freshLiteralKind,
  isComponent,
  isCompiledByReactCompiler,
  isFunctionNode,
  type FunctionNode,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'unstableDefault';

export default createRule<[], MessageIds>({
  name: 'no-unstable-default-props',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow destructured prop defaults that create a new object, array or function on every render',
      recommended: true,
      coveredByReactCompiler: true,
    },
    messages: {
      unstableDefault:
        'Default of prop `{{prop}}` in `{{component}}` is a new {{kind}} on every render without that prop, which defeats memo, useMemo and effect dependencies that receive it. Hoist it to a module constant (`const EMPTY_{{upper}} = ...`) and use that as the default.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    /** Per function with a fresh prop default: is it a component the compiler does not memoize? */
    const checked = new Map<FunctionNode, boolean>();
    function isReportedComponent(fn: FunctionNode): boolean {
      let result = checked.get(fn);
      if (result === undefined) {
        result = isComponent(fn) && !isCompiledByReactCompiler(context, fn);
        checked.set(fn, result);
      }
      return result;
    }
    return {
      // A default in `function C({ prop = value })` is an AssignmentPattern: a rare node, so the
      // rule runs on the few defaults instead of every function, cheapest test first.
      AssignmentPattern(node: TSESTree.AssignmentPattern) {
        const property = node.parent;
        if (property.type !== AST_NODE_TYPES.Property || property.value !== node) return;
        const props = property.parent;
        if (props.type !== AST_NODE_TYPES.ObjectPattern) return;
        const fn = props.parent;
        if (!isFunctionNode(fn) || fn.params[0] !== props) return;
        const kind = freshLiteralKind(node.right);
        if (!kind || !isReportedComponent(fn)) return;
        const prop =
          property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : context.sourceCode.getText(property.key);
        context.report({
          node: node.right,
          messageId: 'unstableDefault',
          data: { prop, component: displayName(fn), kind, upper: prop.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() },
        });
      },
    };
  },
});
