import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  displayName,
  isWithin,
  mentionsAny,
  renderFunctionOf,
  runsUnconditionallyIn,
  setterCallsListener,
  STATE_HOOK_NAMES,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'setStateInRender';

export default createRule<[], MessageIds>({
  name: 'no-set-state-in-render',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow calling a state setter unconditionally while rendering',
      recommended: true,
      coveredByReactCompiler: false,
    },
    messages: {
      setStateInRender:
        '`{{setter}}(...)` runs on every render of `{{component}}`, and every call schedules another render: a render loop (React stops it with "Too many re-renders"). Derive the value during render instead, set it from an event handler or effect, or guard it (`if (prev !== value) {{setter}}(...)`) as in React\'s "adjusting state when a prop changes" pattern.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    if (!mentionsAny(sourceCode.text, STATE_HOOK_NAMES)) return {};
    function check(call: TSESTree.CallExpression, source: TSESTree.CallExpression, setter: string): void {
      const renderFn = renderFunctionOf(call);
      if (!renderFn || !isWithin(source, renderFn) || renderFn.body.type !== AST_NODE_TYPES.BlockStatement) return;
      if (!runsUnconditionallyIn(call, renderFn)) return;
      context.report({
        node: call,
        messageId: 'setStateInRender',
        data: { setter, component: displayName(renderFn) },
      });
    }
    return setterCallsListener(sourceCode, check);
  },
});
