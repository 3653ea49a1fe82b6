/**
 * What is a React component or hook, and is a node inside one's render body.
 * Shared by every rule; no rule decides this on its own.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** A function node that can be a component or hook. */
export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** Wrappers whose first argument is a component: `memo(...)`, `forwardRef(...)` and their `React.` forms. */
const COMPONENT_WRAPPERS = new Set(['memo', 'forwardRef']);

/**
 * Array methods whose callback runs synchronously while the caller runs, so work in the
 * callback of `items.map(...)` in a component body is still render work.
 */
const SYNC_ITERATION_METHODS = new Set([
  'map', 'filter', 'forEach', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex',
  'findLast', 'findLastIndex', 'flatMap', 'toSorted', 'sort',
]);

/** Is `node` a function node? */
export function isFunctionNode(node: TSESTree.Node | undefined): node is FunctionNode {
  return (
    node !== undefined &&
    (node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression)
  );
}

/** `PascalCase` names are components by React's own convention. */
export function isComponentName(name: string): boolean {
  // same as /^[A-Z]/, without a regex on every JSX tag
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** `useThing` names are hooks by React's own convention. */
export function isHookName(name: string): boolean {
  return /^use[A-Z0-9]/.test(name) || name === 'use';
}

/** Name of the function called by `call`: `memo` for both `memo(x)` and `React.memo(x)`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    return callee.property.name;
  }
  return undefined;
}

/**
 * Dotted text of an identifier or non-computed member chain: `JSON.parse`, `Intl.NumberFormat`,
 * `config.get`; `undefined` for anything else (`a[0]`, `f().x`).
 */
export function memberPath(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = memberPath(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

/** Is `node` a call of `memo` / `forwardRef` (bare or `React.`)? */
export function isComponentWrapperCall(node: TSESTree.Node | undefined): node is TSESTree.CallExpression {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(node);
  return name !== undefined && COMPONENT_WRAPPERS.has(name);
}

/**
 * The name a function is known by: its own id, the variable it is assigned to (looking through
 * `memo(...)` / `forwardRef(...)`), or the property it is assigned to.
 */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  let node: TSESTree.Node = fn;
  while (isComponentWrapperCall(node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.left.type === AST_NODE_TYPES.Identifier
  ) {
    return parent.left.name;
  }
  if (
    parent?.type === AST_NODE_TYPES.Property &&
    !parent.computed &&
    parent.key.type === AST_NODE_TYPES.Identifier
  ) {
    return parent.key.name;
  }
  return undefined;
}

/** Does `node` hold JSX at its top (looking through `cond ? a : b`, `a && b`, parentheses, `as`)? */
export function isJsxLike(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return isJsxLike(node.consequent) || isJsxLike(node.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return isJsxLike(node.left) || isJsxLike(node.right);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return isJsxLike(node.expression);
    case AST_NODE_TYPES.CallExpression:
      // `items.map(i => <li/>)` returned directly
      return node.arguments.some((arg) => isFunctionNode(arg) && returnsJsx(arg));
    default:
      return false;
  }
}

const returnsJsxCache = new WeakMap<FunctionNode, boolean>();

/** Does `fn` return JSX from some `return` of its own (not of nested functions)? */
export function returnsJsx(fn: FunctionNode): boolean {
  const cached = returnsJsxCache.get(fn);
  if (cached !== undefined) return cached;
  let result = false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    result = isJsxLike(fn.body);
  } else {
    const stack: TSESTree.Node[] = [...fn.body.body];
    while (stack.length > 0 && !result) {
      const node = stack.pop()!;
      switch (node.type) {
        case AST_NODE_TYPES.ReturnStatement:
          result = isJsxLike(node.argument);
          break;
        case AST_NODE_TYPES.BlockStatement:
          stack.push(...node.body);
          break;
        case AST_NODE_TYPES.IfStatement:
          stack.push(node.consequent);
          if (node.alternate) stack.push(node.alternate);
          break;
        case AST_NODE_TYPES.SwitchStatement:
          for (const c of node.cases) stack.push(...c.consequent);
          break;
        case AST_NODE_TYPES.TryStatement:
          stack.push(node.block);
          if (node.handler) stack.push(node.handler.body);
          if (node.finalizer) stack.push(node.finalizer);
          break;
        case AST_NODE_TYPES.ForStatement:
        case AST_NODE_TYPES.ForInStatement:
        case AST_NODE_TYPES.ForOfStatement:
        case AST_NODE_TYPES.WhileStatement:
        case AST_NODE_TYPES.DoWhileStatement:
        case AST_NODE_TYPES.LabeledStatement:
          stack.push(node.body);
          break;
        default:
          break;
      }
    }
  }
  returnsJsxCache.set(fn, result);
  return result;
}

/**
 * Is `fn` a function component: a capitalised function returning JSX, or the function passed to
 * `memo(...)` / `forwardRef(...)`.
 */
export function isComponent(fn: FunctionNode): boolean {
  if (isComponentWrapperCall(fn.parent) && fn.parent.arguments[0] === fn) return true;
  const name = functionName(fn);
  if (name === undefined) {
    // `export default function () { return <div/> }`
    return fn.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration && returnsJsx(fn);
  }
  return isComponentName(name) && returnsJsx(fn);
}

/** Is `fn` a custom hook (`function useThing() {}`), whose body also runs on every render? */
export function isHook(fn: FunctionNode): boolean {
  const name = functionName(fn);
  return name !== undefined && isHookName(name);
}

/** Is `fn` a component or a hook: a function React calls on every render? */
export function isRenderFunction(fn: FunctionNode): boolean {
  return isComponent(fn) || isHook(fn);
}

/** Is `fn` an inline callback of `array.map(...)` & co., which runs while its caller runs? */
function isSyncIterationCallback(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.some((arg) => arg === fn)) return false;
  const callee = parent.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    SYNC_ITERATION_METHODS.has(callee.property.name)
  );
}

/**
 * The component or hook whose render body runs `node` every time it renders, or `undefined`
 * when `node` runs elsewhere (module scope, event handlers, effects, `useMemo` callbacks, ...).
 * Callbacks of `array.map(...)` & co. are looked through: they run during render.
 */
export function renderFunctionOf(node: TSESTree.Node): FunctionNode | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunctionNode(current)) {
      if (isRenderFunction(current)) return current;
      if (!isSyncIterationCallback(current)) return undefined;
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * Is `fn` passed straight to a hook (`useMemo(() => ...)`, `useCallback(fn, deps)`,
 * `useEffect(...)`)? Then React or the hook decides when it runs, not each render of the caller.
 */
export function isHookCallback(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.some((arg) => arg === fn)) return false;
  const name = calleeName(parent);
  return name !== undefined && isHookName(name);
}

/**
 * The nearest component that contains `node` at any depth (JSX inside an inline callback of a
 * component, e.g. a render prop, is still created by that component's render). Hooks do not
 * count, and a hook callback stops the search: what `useMemo(() => <Row style={{}} />, [])` or a
 * `useCallback` creates is made once per dependency change, not on every render.
 */
export function enclosingComponent(node: TSESTree.Node): FunctionNode | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunctionNode(current)) {
      if (isComponent(current)) return current;
      if (isHookCallback(current)) return undefined;
    }
    current = current.parent;
  }
  return undefined;
}

/** Display name for messages: the function's name or `this component`. */
export function displayName(fn: FunctionNode): string {
  return functionName(fn) ?? 'this component';
}
