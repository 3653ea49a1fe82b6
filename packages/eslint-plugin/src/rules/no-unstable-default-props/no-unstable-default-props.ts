import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  displayName,
  freshLiteralKind,
  isComponent,
  isCompiledByReactCompiler,
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
    function check(fn: FunctionNode): void {
      const props = fn.params[0];
      if (props?.type !== AST_NODE_TYPES.ObjectPattern) return;
      if (!isComponent(fn) || isCompiledByReactCompiler(context, fn)) return;
      for (const property of props.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        if (property.value.type !== AST_NODE_TYPES.AssignmentPattern) continue;
        const kind = freshLiteralKind(property.value.right);
        if (!kind) continue;
        const prop =
          property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : context.sourceCode.getText(property.key);
        context.report({
          node: property.value.right,
          messageId: 'unstableDefault',
          data: { prop, component: displayName(fn), kind, upper: prop.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() },
        });
      }
    }
    // Plain node-type listeners (check() tests the first parameter first, before anything costly).
    return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
  },
});
