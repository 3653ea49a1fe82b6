/**
 * Which values are created anew on every render, and which stay the same across renders.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, type FunctionNode } from './components.js';

/** What kind of fresh value an expression creates, for messages. */
export type FreshKind = 'object' | 'array' | 'function' | 'JSX element' | 'instance';

/** A value created on every render, and where. */
export interface FreshValue {
  /** What is created. */
  kind: FreshKind;
  /** The expression that creates it (the literal, or the initializer of the variable holding it). */
  node: TSESTree.Node;
  /** Name of the render-scope variable holding it, when it came through one. */
  via?: string;
}

/** Hooks that create state setters. */
export const STATE_HOOK_NAMES = ['useState', 'useReducer'] as const;
/** `STATE_HOOK_NAMES` as a set, for `isHookCall`. */
export const STATE_HOOKS: ReadonlySet<string> = new Set(STATE_HOOK_NAMES);

/**
 * Does the file's text mention any of `words`? A whole-file pre-check: a rule whose pattern needs
 * one of these names can skip files that never say it.
 */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

function isIdentifierChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 95
  );
}

/** `/\s/.test(char)` as a char-code test: JavaScript's WhiteSpace and LineTerminator characters. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 ||
    code === 8287 || code === 12288 || code === 65279
  );
}

/**
 * Does `text` contain `word` as a whole word (not inside a longer identifier: `memo` but not
 * `memoize`)? An `indexOf` scan, much cheaper on large files than a `\b...\b` regex.
 */
export function mentionsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isIdentifierChar(text.charCodeAt(i - 1))) && !isIdentifierChar(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** Hooks whose result keeps its identity across renders. */
const STABLE_HOOKS = new Set(['useMemo', 'useCallback', 'useRef', 'useState', 'useReducer', 'useContext', 'useId', 'useEffectEvent']);

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * The kind of fresh value `expression` itself creates when evaluated, or `undefined` when it
 * creates none (primitives, identifiers, calls that may return cached values, ...).
 * `a ?? []` and `cond ? {} : x` count: they create a fresh value on some renders.
 */
export function freshLiteralKind(expression: TSESTree.Node): FreshKind | undefined {
  const node = unwrap(expression);
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return 'object';
    case AST_NODE_TYPES.ArrayExpression:
      return 'array';
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return 'function';
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
      return 'JSX element';
    case AST_NODE_TYPES.NewExpression:
      return 'instance';
    case AST_NODE_TYPES.CallExpression: {
      // `handler.bind(this)` makes a new function each time
      const callee = node.callee;
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        !callee.computed &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        callee.property.name === 'bind'
      ) {
        return 'function';
      }
      return undefined;
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return freshLiteralKind(node.consequent) ?? freshLiteralKind(node.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return freshLiteralKind(node.right);
    default:
      return undefined;
  }
}

/**
 * Cheap syntactic test: can `expression` be a fresh value at all (a fresh literal, or an
 * identifier that may hold one)? Used to skip scope work for most props.
 */
export function mayBeFresh(expression: TSESTree.Node): boolean {
  const node = unwrap(expression);
  return node.type === AST_NODE_TYPES.Identifier || freshLiteralKind(node) !== undefined;
}

/** The function node whose body directly holds `node` (not counting blocks), if any. */
export function owningFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/**
 * Resolve an identifier to its variable, searching from the scope where it is used: the scope of
 * `at`, a node in the same innermost scope as `identifier` (by default the identifier itself; the
 * JSX element of a tag or attribute value works too, as neither makes a scope, and lets all of an
 * element's lookups share one: `getScope` caches per node).
 */
export function resolveVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
  at: TSESTree.Node = identifier,
): TSESLint.Scope.Variable | undefined {
  return ASTUtils.findVariable(sourceCode.getScope(at), identifier.name) ?? undefined;
}

/** The `const x = init` initializer of a variable, when it has exactly that one definition. */
export function constInitializer(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  if (def.parent?.kind !== 'const') {
    // `let x = {}` is only trusted if never reassigned
    if (variable.references.some((ref) => ref.isWrite() && ref.identifier !== declarator.id)) return undefined;
  }
  return declarator.init;
}

/**
 * The fresh value `expression` passes on every render of `renderFn`: a literal written in place,
 * or a render-scope variable initialised with one. Module-scope values, hook results
 * (`useMemo`, `useCallback`, `useRef`, state), props and other unknowns are not fresh.
 * Identifiers are resolved from the scope of `at` (see {@link resolveVariable}; by default
 * `expression` itself).
 */
export function freshValueOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  expression: TSESTree.Node,
  renderFn: FunctionNode,
  at: TSESTree.Node = expression,
): FreshValue | undefined {
  const node = unwrap(expression);
  const kind = freshLiteralKind(node);
  if (kind) return { kind, node };
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = resolveVariable(sourceCode, node, at);
  if (!variable) return undefined;
  const init = constInitializer(variable);
  if (!init) return undefined;
  // Only variables declared while rendering `renderFn` (its body or its render-time callbacks).
  if (!isWithin(init, renderFn)) return undefined;
  const initKind = freshLiteralKind(init);
  return initKind ? { kind: initKind, node: init, via: node.name } : undefined;
}

/** Is `node` located inside `container`'s source range? */
export function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** Is `call` a call of the hook `name` (`useMemo(...)` or `React.useMemo(...)`)? */
export function isHookCall(node: TSESTree.Node | undefined, names: ReadonlySet<string> | string): node is TSESTree.CallExpression {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(node);
  if (name === undefined) return false;
  return typeof names === 'string' ? name === names : names.has(name);
}

/** Is `expression` the result of a hook that keeps its identity across renders? */
export function isStableHookResult(expression: TSESTree.Node): boolean {
  return isHookCall(unwrap(expression), STABLE_HOOKS);
}

/** A `useState` setter / `useReducer` dispatch variable and the hook call that made it. */
export interface StateSetter {
  /** The setter's variable (`setX` in `const [x, setX] = useState()`). */
  variable: TSESLint.Scope.Variable;
  /** The `useState(...)` / `useReducer(...)` call. */
  hook: TSESTree.CallExpression;
}

/**
 * The setter a `const [x, setX] = useState()` / `useReducer()` declaration makes, when `pattern`
 * is that declaration's `[x, setX]` (also behind `as` / `satisfies` / `!`), and `setX` is declared
 * only there. Rules listen to the file's few `ArrayPattern` nodes instead of walking every scope;
 * the scope manager has already collected each setter's references when rules run.
 */
export function stateSetterOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  pattern: TSESTree.ArrayPattern,
): StateSetter | undefined {
  const declarator = pattern.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== pattern || !declarator.init) return undefined;
  const second = pattern.elements[1];
  if (second?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = unwrap(declarator.init);
  if (!isHookCall(init, STATE_HOOKS)) return undefined;
  for (const variable of sourceCode.scopeManager?.getDeclaredVariables(declarator) ?? []) {
    if (variable.name === second.name) return variable.defs.length === 1 ? { variable, hook: init } : undefined;
  }
  return undefined;
}

/** Calls of `setter` (`setX(...)`), in source order. */
export function setterCalls(setter: StateSetter): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of setter.variable.references) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier) calls.push(parent);
  }
  return calls;
}

/**
 * The listener both set-state rules use: setters come from the file's few `[x, setX] = useState()`
 * patterns, each setter's calls from its scope references, so a rule never looks at the file's
 * other calls. `check` gets each call, the hook call that made the setter, and the setter's name.
 */
export function setterCallsListener(
  sourceCode: Readonly<TSESLint.SourceCode>,
  check: (call: TSESTree.CallExpression, hook: TSESTree.CallExpression, setter: string) => void,
): TSESLint.RuleListener {
  return {
    ArrayPattern(pattern: TSESTree.ArrayPattern) {
      const setter = stateSetterOf(sourceCode, pattern);
      if (!setter) return;
      for (const call of setterCalls(setter)) check(call, setter.hook, setter.variable.name);
    },
  };
}
