import { type TSESTree } from '@typescript-eslint/utils';
import {
  calleeName,
  isFunctionNode,
  isHookCall,
  isWithin,
  mentionsAny,
  owningFunction,
  runsUnconditionallyIn,
  setterCallsListener,
  STATE_HOOK_NAMES,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'setStateInEffectWithoutDeps';

const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);

export default createRule<[], MessageIds>({
  name: 'no-set-state-in-effect-without-deps',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting state directly in an effect that has no dependency array',
      recommended: true,
      coveredByReactCompiler: false,
    },
    messages: {
      setStateInEffectWithoutDeps:
        '`{{setter}}(...)` runs in a `{{hook}}` with no dependency array, so it runs after every render and each new value triggers another render, and another effect run. Add a dependency array listing what the effect reads, or derive the value during render.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    if (!mentionsAny(sourceCode.text, STATE_HOOK_NAMES) || !sourceCode.text.includes('Effect')) return {};
    function check(call: TSESTree.CallExpression, source: TSESTree.CallExpression, setter: string): void {
      const effectFn = owningFunction(call);
      const effectCall = effectFn?.parent;
      if (!effectFn || !isHookCall(effectCall, EFFECT_HOOKS)) return;
      if (effectCall.arguments.length !== 1 || effectCall.arguments[0] !== effectFn || !isFunctionNode(effectFn)) return;
      const component = owningFunction(effectCall);
      if (!component || !isWithin(source, component)) return;
      if (!runsUnconditionallyIn(call, effectFn)) return;
      context.report({
        node: call,
        messageId: 'setStateInEffectWithoutDeps',
        data: { setter, hook: calleeName(effectCall) ?? 'useEffect' },
      });
    }
    return setterCallsListener(sourceCode, check);
  },
});
