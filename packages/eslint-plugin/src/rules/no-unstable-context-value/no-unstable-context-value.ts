import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  calleeName,
  constInitializer,
  displayName,
  enclosingComponent,
  freshValueOf,
  isCompiledByReactCompiler,
  mayBeFresh,
  resolveVariable,
  tagText,
  mentionsAny,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';
import { memoSuggestion } from '../no-unstable-memo-props/no-unstable-memo-props.js';

export type MessageIds = 'unstableValue' | 'wrapInUseMemo' | 'wrapInUseCallback';

function isCreateContextCall(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'createContext';
}

/**
 * Is `<tag>` a context provider: `<Ctx.Provider>`, or React 19's `<Ctx>` where `Ctx` comes from
 * `createContext(...)` in this file or is imported under a `...Context` name.
 */
function isProvider(sourceCode: Readonly<TSESLint.SourceCode>, tag: TSESTree.JSXTagNameExpression): boolean {
  if (tag.type === AST_NODE_TYPES.JSXMemberExpression) return tag.property.name === 'Provider';
  if (tag.type !== AST_NODE_TYPES.JSXIdentifier || !/^[A-Z]/.test(tag.name)) return false;
  const variable = resolveVariable(sourceCode, tag);
  if (!variable) return false;
  const init = constInitializer(variable);
  if (init) return isCreateContextCall(init);
  return variable.defs[0]?.type === 'ImportBinding' && /Context$/.test(tag.name);
}

export default createRule<[], MessageIds>({
  name: 'no-unstable-context-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow context provider values created anew on every render',
      recommended: true,
      coveredByReactCompiler: true,
    },
    hasSuggestions: true,
    messages: {
      unstableValue:
        'The `value` of `<{{provider}}>` is a new {{kind}}{{via}} on every render, so every component reading this context re-renders each time `{{component}}` does. Wrap it in useMemo/useCallback, or hoist it to module scope.',
      wrapInUseMemo: 'Wrap `{{name}}` in useMemo.',
      wrapInUseCallback: 'Wrap `{{name}}` in useCallback.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    if (!mentionsAny(sourceCode.text, ['Context', 'Provider'])) return {};
    return {
      // Selector: only `value={...}` attributes of capitalised or member-expression tags reach the listener.
      'JSXOpeningElement:matches([name.type="JSXMemberExpression"], [name.name=/^[A-Z]/]) > JSXAttribute[name.name="value"][value.type="JSXExpressionContainer"]'(
        value: TSESTree.JSXAttribute & { value: TSESTree.JSXExpressionContainer },
      ) {
        const element = value.parent as TSESTree.JSXOpeningElement;
        if (!mayBeFresh(value.value.expression)) return;
        if (!isProvider(sourceCode, element.name)) return;
        const renderFn = enclosingComponent(element);
        if (!renderFn || isCompiledByReactCompiler(context, renderFn)) return;
        const fresh = freshValueOf(sourceCode, value.value.expression, renderFn);
        if (!fresh || fresh.kind === 'JSX element') return;
        context.report({
          node: value,
          messageId: 'unstableValue',
          data: {
            provider: tagText(element.name),
            kind: fresh.kind,
            via: fresh.via ? ` (\`${fresh.via}\`)` : '',
            component: displayName(renderFn),
          },
          suggest: memoSuggestion(sourceCode, fresh, renderFn),
        });
      },
    };
  },
});
