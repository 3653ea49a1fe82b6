import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  enclosingComponent,
  freshValueOf,
  hasTypeInformation,
  isComponentName,
  isCompiledByReactCompiler,
  mayBeFresh,
  mayDeclareMemo,
  memoEvidenceOf,
  memoSuggestion,
  tagText,
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
const SKIPPED_PROPS = new Set(['key', 'ref']);

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
    const ignored = new Set([...SKIPPED_PROPS, ...(options.ignoreProps ?? [])]);
    const typed = hasTypeInformation(sourceCode);
    // Without types, only a `memo(...)` / `PureComponent` in this file can make a tag memoized.
    if (!typed && !mayDeclareMemo(sourceCode.text)) return {};
    return {
      // A plain node-type listener with the cheap checks in code: esquery attribute selectors
      // cost more per element than these tests (bench/lint --profile).
      JSXOpeningElement(element: TSESTree.JSXOpeningElement) {
        if (element.attributes.length === 0) return;
        const name = element.name;
        // Capitalised tags, and `<ui.Row>` forms when types can tell what they are.
        if (name.type === AST_NODE_TYPES.JSXIdentifier ? !isComponentName(name.name) : !typed || name.type !== AST_NODE_TYPES.JSXMemberExpression) {
          return;
        }
        const props = element.attributes.filter(
          (a): a is TSESTree.JSXAttribute & { value: TSESTree.JSXExpressionContainer } =>
            a.type === AST_NODE_TYPES.JSXAttribute &&
            a.value?.type === AST_NODE_TYPES.JSXExpressionContainer &&
            mayBeFresh(a.value.expression) &&
            !ignored.has(typeof a.name.name === 'string' ? a.name.name : a.name.name.name),
        );
        if (props.length === 0) return;
        if (!memoEvidenceOf(sourceCode, element.name)) return;
        const renderFn = enclosingComponent(element);
        if (!renderFn || isCompiledByReactCompiler(context, renderFn)) return;
        const component = tagText(element.name);
        for (const prop of props) {
          const expression = prop.value.expression;
          if (expression.type === AST_NODE_TYPES.JSXEmptyExpression) continue;
          const fresh = freshValueOf(sourceCode, expression, renderFn);
          if (!fresh) continue;
          context.report({
            node: prop,
            messageId: 'unstableProp',
            data: {
              prop: typeof prop.name.name === 'string' ? prop.name.name : prop.name.name.name,
              component,
              kind: fresh.kind,
              via: fresh.via ? ` (\`${fresh.via}\`)` : '',
            },
            suggest: memoSuggestion(sourceCode, fresh, renderFn),
          });
        }
      },
    };
  },
});
