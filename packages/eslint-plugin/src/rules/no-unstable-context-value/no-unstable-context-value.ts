import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  calleeName,
  constInitializer,
  displayName,
  enclosingComponent,
  freshValueOf,
  isComponentName,
  isCompiledByReactCompiler,
  isWhitespaceCode,
  mayBeFresh,
  memoSuggestion,
  resolveVariable,
  tagText,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'unstableValue' | 'wrapInUseMemo' | 'wrapInUseCallback';

/** `/[\w$.]/` as a char-code test: a character of a (dotted) JSX tag name. */
function isTagNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 46
  );
}

/**
 * Could the file render a provider at all: a `<X.Provider>` tag, a local `createContext`, or a tag
 * named `...Context` (React 19 `<ThemeContext value>`)? Whole-file text pre-check; a file that
 * only reads contexts with `useContext` skips the rule.
 */
function mayRenderProvider(text: string): boolean {
  if (text.includes('.Provider')) return true;
  let i = text.indexOf('Context');
  if (i < 0) return false;
  if (text.includes('createContext')) return true;
  // `<FooContext`: walk back from each `Context` over the tag name to a `<`.
  for (; i >= 0; i = text.indexOf('Context', i + 1)) {
    let j = i - 1;
    while (j >= 0 && isTagNameCode(text.charCodeAt(j))) j--;
    while (j >= 0 && isWhitespaceCode(text.charCodeAt(j))) j--;
    if (j >= 0 && text.charCodeAt(j) === 60 /* < */) return true;
  }
  return false;
}

function isCreateContextCall(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'createContext';
}

/**
 * Is `<tag>` a context provider: `<Ctx.Provider>`, or React 19's `<Ctx>` where `Ctx` comes from
 * `createContext(...)` in this file or is imported under a `...Context` name.
 */
function isProvider(
  sourceCode: Readonly<TSESLint.SourceCode>,
  element: TSESTree.JSXOpeningElement,
  tag: TSESTree.JSXTagNameExpression,
): boolean {
  if (tag.type === AST_NODE_TYPES.JSXMemberExpression) return tag.property.name === 'Provider';
  if (tag.type !== AST_NODE_TYPES.JSXIdentifier || !isComponentName(tag.name)) return false;
  // resolved from the element's scope, as `freshValueOf` resolves the `value`: one scope lookup
  const variable = resolveVariable(sourceCode, tag, element);
  if (!variable) return false;
  const init = constInitializer(variable);
  if (init) return isCreateContextCall(init);
  return variable.defs[0]?.type === 'ImportBinding' && tag.name.endsWith('Context');
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
    if (!mayRenderProvider(sourceCode.text)) return {};
    return {
      // A plain node-type listener with cheap checks in code, first the tag, then its `value`:
      // cheaper than an esquery `:matches(...) > JSXAttribute[...]` selector on every attribute.
      JSXOpeningElement(element: TSESTree.JSXOpeningElement) {
        if (element.attributes.length === 0) return;
        const name = element.name;
        if (name.type === AST_NODE_TYPES.JSXIdentifier ? !isComponentName(name.name) : name.type !== AST_NODE_TYPES.JSXMemberExpression) {
          return;
        }
        // a loop, not `.find(closure)`: this runs on every capitalised element
        let value: (TSESTree.JSXAttribute & { value: TSESTree.JSXExpressionContainer }) | undefined;
        for (const a of element.attributes) {
          if (a.type === AST_NODE_TYPES.JSXAttribute && a.name.name === 'value' && a.value?.type === AST_NODE_TYPES.JSXExpressionContainer) {
            value = a as TSESTree.JSXAttribute & { value: TSESTree.JSXExpressionContainer };
            break;
          }
        }
        if (!value || !mayBeFresh(value.value.expression)) return;
        if (!isProvider(sourceCode, element, element.name)) return;
        const renderFn = enclosingComponent(element);
        if (!renderFn || isCompiledByReactCompiler(context, renderFn)) return;
        const fresh = freshValueOf(sourceCode, value.value.expression, renderFn, element);
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
