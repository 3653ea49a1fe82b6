import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  calleeName,
  isFunctionNode,
  isHookName,
  memberPath,
  mentionsAny,
  renderFunctionOf,
  STATE_HOOK_NAMES,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'eagerInitializer' | 'useLazyInitializer';
export type Options = [
  {
    /** Extra calls cheap enough to run every render, as written (`getDefaultTheme`, `config.get`). */
    allowCalls?: string[];
  },
];

/** Calls that cost next to nothing; wrapping them only adds noise. */
const CHEAP_CALLS = new Set([
  'Boolean', 'String', 'Number', 'BigInt', 'Symbol', 'parseInt', 'parseFloat', 'Date.now',
  'Array.isArray', 'Object.is', 'Number.isNaN', 'Number.isFinite', 'Number.parseInt', 'Number.parseFloat',
  'performance.now', 'crypto.randomUUID',
]);
/**
 * Methods that are O(1) or O(length of a short string) whatever they are called on
 * (`searchParams.get('q')`, `name.trim()`); reading storage (`getItem`) is not among them.
 */
const CHEAP_METHODS = new Set([
  'get', 'has', 'at', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toString',
  'valueOf', 'includes', 'startsWith', 'endsWith', 'charAt', 'toFixed', 'getTime',
]);
/** Constructors that are cheap when called without arguments. */
const CHEAP_EMPTY_CONSTRUCTORS = new Set(['Set', 'Map', 'WeakMap', 'WeakSet', 'Date', 'Object', 'Array', 'AbortController']);

type Verdict = 'cheap' | 'expensive' | 'hook';

/** `x.get(...)`, `s.trim()`: a call of a cheap method on any object. */
function isCheapMethodCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = node.callee;
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    CHEAP_METHODS.has(callee.property.name)
  );
}

/** Is `node` a call that is cheap whatever its arguments, or a hook (which must not be wrapped)? */
function verdictOfCall(node: TSESTree.CallExpression | TSESTree.NewExpression, allowed: ReadonlySet<string>): Verdict {
  const text = memberPath(node.callee);
  if (text !== undefined) {
    const dot = text.lastIndexOf('.');
    if (isHookName(dot < 0 ? text : text.slice(dot + 1))) return 'hook';
  }
  const cheap =
    isCheapMethodCall(node) ||
    (text !== undefined &&
      (allowed.has(text) ||
        (node.type === AST_NODE_TYPES.CallExpression && (CHEAP_CALLS.has(text) || text.startsWith('Math.'))) ||
        (node.type === AST_NODE_TYPES.NewExpression && node.arguments.length === 0 && CHEAP_EMPTY_CONSTRUCTORS.has(text))));
  return cheap ? 'cheap' : 'expensive';
}

/** Does evaluating `root` (not counting nested functions) call something costly, or a hook? */
function evaluate(root: TSESTree.Node, allowed: ReadonlySet<string>, visitorKeys: TSESLint.SourceCode.VisitorKeys): Verdict {
  // Most initial values are a literal, a name or a function: nothing to walk.
  if (
    root.type === AST_NODE_TYPES.Literal ||
    root.type === AST_NODE_TYPES.Identifier ||
    isFunctionNode(root) ||
    root.type === AST_NODE_TYPES.ClassExpression
  ) {
    return 'cheap';
  }
  let verdict: Verdict = 'cheap';
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassExpression) continue;
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
      const call = verdictOfCall(node, allowed);
      if (call === 'hook') return 'hook';
      if (call === 'expensive') verdict = 'expensive';
    }
    const record = node as unknown as Record<string, unknown>;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = record[key];
      if (Array.isArray(child)) {
        for (const c of child as unknown[]) if (c && typeof c === 'object' && 'type' in c) stack.push(c as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return verdict;
}

export default createRule<Options, MessageIds>({
  name: 'prefer-lazy-state-initializer',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require the lazy form of useState/useReducer initial values that call functions',
      recommended: true,
      coveredByReactCompiler: false,
    },
    hasSuggestions: true,
    messages: {
      eagerInitializer:
        'The initial value of `{{hook}}` is computed on every render of the component, though React uses it only on the first. Pass a function instead: `{{hook}}(() => ...)`.',
      useLazyInitializer: 'Use a lazy initializer: `() => ...`.',
    },
    schema: [
      {
        type: 'object',
        properties: { allowCalls: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ allowCalls: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const allowed = new Set(options.allowCalls ?? []);
    if (!mentionsAny(sourceCode.text, STATE_HOOK_NAMES)) return {};
    function check(call: TSESTree.CallExpression, hook: 'useState' | 'useReducer'): void {
      const initial = call.arguments[hook === 'useState' ? 0 : 1];
      if (!initial || initial.type === AST_NODE_TYPES.SpreadElement) return;
      if (evaluate(initial, allowed, sourceCode.visitorKeys) !== 'expensive') return;
      if (!renderFunctionOf(call)) return;
      const text = sourceCode.getText(initial);
      const body = initial.type === AST_NODE_TYPES.ObjectExpression ? `(${text})` : text;
      context.report({
        node: initial,
        messageId: 'eagerInitializer',
        data: { hook },
        suggest:
          hook === 'useState' || call.arguments.length === 2
            ? [
                {
                  messageId: 'useLazyInitializer',
                  fix: (fixer) =>
                    hook === 'useState'
                      ? fixer.replaceText(initial, `() => ${body}`)
                      : // useReducer(reducer, undefined, () => initial)
                        fixer.replaceText(initial, `undefined, () => ${body}`),
                },
              ]
            : [],
      });
    }
    return {
      // Plain node-type listener with a callee-name test: cheaper than an esquery selector.
      CallExpression(call: TSESTree.CallExpression) {
        const name = calleeName(call);
        if (name === 'useState' || name === 'useReducer') check(call, name);
      },
    };
  },
});
