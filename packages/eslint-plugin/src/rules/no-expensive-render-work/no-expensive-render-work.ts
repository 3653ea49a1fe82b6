import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  displayName,
  isCompiledByReactCompiler,
  isFunctionNode,
  isHookCall,
  memberPath,
  mentionsAny,
  renderFunctionOf,
  STATE_HOOKS,
} from '../../analysis/index.js';
import { createRule } from '../../util/create-rule.js';

export type MessageIds = 'expensiveWork';

/** Work the rule knows, and why it costs on every render. */
export const EXPENSIVE_WORK = {
  sort: 'sorting is O(n log n) and `.sort()` also mutates the array it is called on',
  toSorted: 'sorting copies the array and is O(n log n)',
  'JSON.parse': 'parsing walks the whole string and allocates a new object graph',
  'JSON.stringify': 'serialising walks the whole object graph and allocates a new string',
  structuredClone: 'deep-cloning walks and copies the whole object graph',
  Intl: 'building an Intl formatter loads locale data and is far slower than reusing one',
  RegExp: 'compiling a RegExp from a string happens again on each call',
} as const;

/** Key of `EXPENSIVE_WORK`. */
export type ExpensiveWork = keyof typeof EXPENSIVE_WORK;

export type Options = [
  {
    /** Kinds of work not to report, e.g. `["JSON.stringify"]`. */
    allow?: ExpensiveWork[];
  },
];

/**
 * Which known expensive work `node` does, and how to show it. The callee's shape is tested before
 * any text is built: this runs on every call of files that mention the names.
 */
function classify(node: TSESTree.CallExpression | TSESTree.NewExpression): { work: ExpensiveWork; shown: string } | undefined {
  const callee = node.callee;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'RegExp' ? { work: 'RegExp', shown: 'new RegExp(...)' } : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    let root: TSESTree.Node = callee;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (root.type !== AST_NODE_TYPES.Identifier || root.name !== 'Intl') return undefined;
    const path = memberPath(callee);
    return path === undefined ? undefined : { work: 'Intl', shown: `new ${path}(...)` };
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === 'structuredClone' ? { work: 'structuredClone', shown: 'structuredClone(...)' } : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const method = callee.property.name;
  if ((method === 'parse' || method === 'stringify') && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'JSON') {
    return method === 'parse' ? { work: 'JSON.parse', shown: 'JSON.parse(...)' } : { work: 'JSON.stringify', shown: 'JSON.stringify(...)' };
  }
  if (method === 'sort' || method === 'toSorted') return { work: method, shown: `.${method}(...)` };
  return undefined;
}

/** Is `node` part of a `useState(...)` / `useReducer(r, ...)` initial value (outside nested functions)? */
function inStateInitializer(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current)) return false;
    if (isHookCall(current, STATE_HOOKS) && current.arguments.some((arg) => arg === child)) return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-expensive-render-work',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow sorting, JSON, deep clones, Intl formatters and RegExp compilation in a component render body',
      recommended: true,
      coveredByReactCompiler: true,
    },
    messages: {
      expensiveWork:
        '`{{shown}}` runs on every render of `{{component}}`: {{why}}. Wrap it in useMemo keyed on its inputs, or hoist it to module scope if it reads no props or state.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string', enum: Object.keys(EXPENSIVE_WORK) }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ allow: [] }],
  create(context, [options]) {
    const allowed = new Set<string>(options.allow ?? []);
    // Calls and `new` are visited only in files that mention what they could be (a `\u` escape
    // could spell any name, so such files get both).
    const text = context.sourceCode.text;
    const escapes = text.includes('\\u');
    const calls = escapes || mentionsAny(text, ['sort', 'toSorted', 'JSON', 'structuredClone']);
    const news = escapes || mentionsAny(text, ['Intl', 'RegExp']);
    if (!calls && !news) return {};
    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const found = classify(node);
      if (!found || allowed.has(found.work)) return;
      if (inStateInitializer(node)) return; // prefer-lazy-state-initializer reports it, with the right fix
      const renderFn = renderFunctionOf(node);
      if (!renderFn || isCompiledByReactCompiler(context, renderFn)) return;
      context.report({
        node,
        messageId: 'expensiveWork',
        data: { shown: found.shown, component: displayName(renderFn), why: EXPENSIVE_WORK[found.work] },
      });
    }
    // Plain node-type listeners: `classify` is a cheaper test than esquery regex selectors.
    const listeners: TSESLint.RuleListener = {};
    if (calls) listeners.CallExpression = check;
    if (news) listeners.NewExpression = check;
    return listeners;
  },
});
