import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  enclosingComponent,
  freshValueOf,
  hasTypeInformation,
  isComponentName,
  isCompiledByReactCompiler,
  localMemoComponents,
  mayBeFresh,
  mayDeclareMemo,
  memoEvidenceOf,
  memoSuggestion,
  resolveVariable,
  tagText,
  type FunctionNode,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'unstableProp' | 'wrapInUseMemo' | 'wrapInUseCallback';
export type Options = [
  {
    /** Prop names never reported (e.g. render-prop slots the child calls every render anyway). */
    ignoreProps?: string[];
  },
];

/** Props React handles itself; memo never compares them as ordinary props. */
const SKIPPED_PROPS: ReadonlySet<string> = new Set(['key', 'ref']);

export default createRule<Options, MessageIds>({
  name: 'no-unstable-memo-props',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow objects, arrays, functions and JSX created during render as props of memoized components',
      recommended: true,
      coveredByReactCompiler: true,
    },
    hasSuggestions: true,
    messages: {
      unstableProp:
        'Prop `{{prop}}` of memoized `<{{component}}>` gets a new {{kind}}{{via}} on every render, so `{{component}}` re-renders every time and its memo is wasted. Create it once: useMemo/useCallback in the parent, or hoist it to module scope.',
      wrapInUseMemo: 'Wrap `{{name}}` in useMemo.',
      wrapInUseCallback: 'Wrap `{{name}}` in useCallback.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreProps: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ ignoreProps: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const ignore = options.ignoreProps ?? [];
    const ignored = ignore.length === 0 ? SKIPPED_PROPS : new Set([...SKIPPED_PROPS, ...ignore]);
    const typed = hasTypeInformation(sourceCode);
    // Without types, only a `memo(...)` / `PureComponent` in this file can make a tag memoized.
    if (!typed && !mayDeclareMemo(sourceCode.text)) return {};

    /** Report the fresh props of `element`, which renders a memoized component. */
    function check(element: TSESTree.JSXOpeningElement): void {
      let renderFn: FunctionNode | null | undefined = null; // looked up on the first candidate prop
      let component: string | undefined;
      for (const attribute of element.attributes) {
        // cheapest tests first: the attribute's shape, then its name, then the expression
        if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.value?.type !== AST_NODE_TYPES.JSXExpressionContainer) continue;
        const expression = attribute.value.expression;
        if (expression.type === AST_NODE_TYPES.JSXEmptyExpression || !mayBeFresh(expression)) continue;
        const prop = typeof attribute.name.name === 'string' ? attribute.name.name : attribute.name.name.name;
        if (ignored.has(prop)) continue;
        if (renderFn === null) {
          renderFn = enclosingComponent(element);
          if (renderFn && isCompiledByReactCompiler(context, renderFn)) renderFn = undefined;
        }
        if (!renderFn) return;
        const fresh = freshValueOf(sourceCode, expression, renderFn, element);
        if (!fresh) continue;
        component ??= tagText(element.name);
        context.report({
          node: attribute,
          messageId: 'unstableProp',
          data: { prop, component, kind: fresh.kind, via: fresh.via ? ` (\`${fresh.via}\`)` : '' },
          suggest: memoSuggestion(sourceCode, fresh, renderFn),
        });
      }
    }

    if (!typed) {
      const local = localMemoComponents(sourceCode);
      if (local.variables.size === 0) return {};
      const elements = local.elements;
      if (elements) {
        // The scope manager recorded which elements render a memoized variable: visit only those.
        if (elements.length === 0) return {};
        return {
          Program() {
            for (const { element } of elements) {
              if (element.attributes.length > 0 && isComponentName((element.name as TSESTree.JSXIdentifier).name)) check(element);
            }
          },
        };
      }
      // No JSX references recorded (eslint-scope before ESLint 10): resolve tags named like a
      // memoized variable.
      return {
        JSXOpeningElement(element: TSESTree.JSXOpeningElement) {
          const name = element.name;
          if (element.attributes.length === 0 || name.type !== AST_NODE_TYPES.JSXIdentifier || !local.names.has(name.name)) return;
          if (!isComponentName(name.name)) return;
          const variable = resolveVariable(sourceCode, name);
          if (variable && local.variables.has(variable)) check(element);
        },
      };
    }

    return {
      // With types any capitalised tag (or `<ui.Row>`) may be memoized: a plain node-type
      // listener with the cheap checks in code (esquery attribute selectors cost more).
      JSXOpeningElement(element: TSESTree.JSXOpeningElement) {
        if (element.attributes.length === 0) return;
        const name = element.name;
        if (name.type === AST_NODE_TYPES.JSXIdentifier ? !isComponentName(name.name) : name.type !== AST_NODE_TYPES.JSXMemberExpression) {
          return;
        }
        if (memoEvidenceOf(sourceCode, name)) check(element);
      },
    };
  },
});
