import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  displayName,
  isComponent,
  isComponentName,
  isComponentWrapperCall,
  isFunctionNode,
  renderFunctionOf,
  resolveVariable,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'nestedComponent';

/** The component value a definition creates: a function, a `memo(fn)` call or a class. */
function definedComponent(
  def: NonNullable<ReturnType<typeof resolveVariable>>['defs'][number],
): TSESTree.Node | undefined {
  if (def.type === 'FunctionName') return isComponent(def.node as never) ? def.node : undefined;
  if (def.type === 'ClassName') return def.node;
  if (def.type !== 'Variable' || !def.node.init) return undefined;
  let init: TSESTree.Node = def.node.init;
  while (isComponentWrapperCall(init) && init.arguments[0]) init = init.arguments[0];
  if (isFunctionNode(init)) return isComponent(init) ? def.node.init : undefined;
  if (init.type === AST_NODE_TYPES.ClassExpression) return def.node.init;
  return undefined;
}

export default createRule<[], MessageIds>({
  name: 'no-nested-component-definitions',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow defining a component inside another component and rendering it as JSX',
      recommended: true,
      coveredByReactCompiler: false,
    },
    messages: {
      nestedComponent:
        '`{{name}}` is defined inside `{{parent}}` and rendered as `<{{name}}>`: each render of `{{parent}}` makes it a new component type, so React unmounts and remounts it (losing its state, effects and DOM) every time. Move `{{name}}` to module scope and pass what it reads as props.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    return {
      JSXOpeningElement(element: TSESTree.JSXOpeningElement) {
        const tag = element.name;
        if (tag.type !== AST_NODE_TYPES.JSXIdentifier || !isComponentName(tag.name)) return;
        const variable = resolveVariable(sourceCode, tag);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (!def) return;
        const component = definedComponent(def);
        if (!component || reported.has(component)) return;
        const parent = renderFunctionOf(component);
        if (!parent) return;
        reported.add(component);
        context.report({
          node: def.name,
          messageId: 'nestedComponent',
          data: { name: tag.name, parent: displayName(parent) },
        });
      },
    };
  },
});
