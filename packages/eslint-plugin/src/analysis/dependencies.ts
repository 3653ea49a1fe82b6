/**
 * Helpers for suggestions that wrap a render-time value in `useMemo` / `useCallback`:
 * how the hook is reachable in this file, and which render-scope names the value reads.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './components.js';
import { isWithin, type FreshValue } from './values.js';

/**
 * How to call React hook `hook` in this file: its local name when imported by name from
 * `react`, `React.hook` when React is imported as a default or namespace, else `undefined`
 * (then a suggestion would need an import we do not add).
 */
export function hookAccess(sourceCode: Readonly<TSESLint.SourceCode>, hook: string): string | undefined {
  let byHook = accessCache.get(sourceCode);
  if (!byHook) {
    byHook = new Map();
    accessCache.set(sourceCode, byHook);
  }
  if (byHook.has(hook)) return byHook.get(hook);
  const access = findHookAccess(sourceCode, hook);
  byHook.set(hook, access);
  return access;
}

const accessCache = new WeakMap<object, Map<string, string | undefined>>();

function findHookAccess(sourceCode: Readonly<TSESLint.SourceCode>, hook: string): string | undefined {
  let namespace: string | undefined;
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== 'react') continue;
    if (statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.importKind !== 'type' &&
        specifier.imported.type === AST_NODE_TYPES.Identifier &&
        specifier.imported.name === hook
      ) {
        return specifier.local.name;
      }
      if (
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
        specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
      ) {
        namespace = specifier.local.name;
      }
    }
  }
  return namespace === undefined ? undefined : `${namespace}.${hook}`;
}

/**
 * Names declared in `renderFn` (props, state, locals) that `expression` reads, in source order:
 * the dependency list for wrapping `expression` in `useMemo` / `useCallback`.
 */
export function renderDependencies(
  sourceCode: Readonly<TSESLint.SourceCode>,
  expression: TSESTree.Node,
  renderFn: FunctionNode,
): string[] {
  const found = new Map<string, number>();
  // References made by `expression` sit in the innermost scope around it (or its own, for a
  // function) and in the scopes nested inside it: not in the rest of the render function.
  const scopeManager = sourceCode.scopeManager;
  const own = scopeManager?.acquire(expression, true) ?? null;
  const outer = own ?? (scopeManager ? sourceCode.getScope(expression) : null);
  const scopes = outer ? [outer] : [];
  for (let i = 0; i < scopes.length; i++) {
    for (const child of scopes[i]!.childScopes) if (i > 0 || own || isWithin(child.block, expression)) scopes.push(child);
  }
  for (const scope of scopes) {
    for (const reference of scope.references) {
      const identifier = reference.identifier;
      if (reference.isTypeReference || !isWithin(identifier, expression)) continue;
      const variable = reference.resolved;
      const declared = variable?.defs[0]?.name;
      if (!variable || !declared) continue;
      if (!isWithin(declared, renderFn) || isWithin(declared, expression)) continue;
      if (!found.has(variable.name)) found.set(variable.name, identifier.range[0]);
    }
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

/** Build `hook(() => (text), [deps])` / `hook(fnText, [deps])` source for a suggestion. */
export function wrapInHook(
  hook: string,
  text: string,
  deps: readonly string[],
  isFunction: boolean,
): string {
  const body = isFunction ? text : `() => (${text})`;
  return `${hook}(${body}, [${deps.join(', ')}])`;
}

function containsReturn(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (node.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return false;
  }
  const record = node as unknown as Record<string, unknown>;
  for (const key of visitorKeys[node.type] ?? []) {
    const child = record[key];
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      if (c && typeof c === 'object' && 'type' in c && containsReturn(c as TSESTree.Node, visitorKeys)) return true;
    }
  }
  return false;
}

/**
 * If `init` initialises a `const` declared at the top of `renderFn`'s body with no possible early
 * `return` before it, the declarator: a place where a hook call may go without breaking the
 * rules of hooks.
 */
export function hookSafeDeclarator(
  sourceCode: Readonly<TSESLint.SourceCode>,
  init: TSESTree.Node,
  renderFn: FunctionNode,
): TSESTree.VariableDeclarator | undefined {
  const declarator = init.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== init) return undefined;
  const declaration = declarator.parent;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
  const body = renderFn.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement || declaration.parent !== body) return undefined;
  // A `return` statement needs the keyword in the text (keywords cannot be written with escapes):
  // when the body has none before the declaration, no statement walk is needed.
  const firstReturn = sourceCode.text.indexOf('return', body.range[0]);
  if (firstReturn < 0 || firstReturn >= declaration.range[0]) return declarator;
  const index = body.body.indexOf(declaration);
  return index >= 0 && returnFreeUpTo(sourceCode, body, index) ? declarator : undefined;
}

/** Per body: how many leading statements are known to contain no `return` (grown on demand). */
const prefixCache = new WeakMap<TSESTree.BlockStatement, { clean: number; stopped: boolean }>();

/** Do the first `count` statements of `body` contain no `return`? Scans each statement at most once per body. */
function returnFreeUpTo(sourceCode: Readonly<TSESLint.SourceCode>, body: TSESTree.BlockStatement, count: number): boolean {
  let state = prefixCache.get(body);
  if (!state) {
    state = { clean: 0, stopped: false };
    prefixCache.set(body, state);
  }
  while (state.clean < count && !state.stopped) {
    if (containsReturn(body.body[state.clean]!, sourceCode.visitorKeys)) state.stopped = true;
    else state.clean++;
  }
  return state.clean >= count;
}

/**
 * The useMemo / useCallback suggestion for a fresh value held by a render-scope `const`, when the
 * hook can go there without breaking the rules of hooks and is reachable without a new import.
 */
export function memoSuggestion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fresh: FreshValue,
  renderFn: FunctionNode,
): TSESLint.ReportSuggestionArray<'wrapInUseMemo' | 'wrapInUseCallback'> {
  if (fresh.via === undefined) return [];
  const declarator = hookSafeDeclarator(sourceCode, fresh.node, renderFn);
  if (!declarator) return [];
  const isFunction = fresh.kind === 'function' && fresh.node.type !== AST_NODE_TYPES.CallExpression;
  const hookName = isFunction ? 'useCallback' : 'useMemo';
  const hook = hookAccess(sourceCode, hookName);
  if (!hook) return [];
  const deps = renderDependencies(sourceCode, fresh.node, renderFn);
  const text = wrapInHook(hook, sourceCode.getText(fresh.node), deps, isFunction);
  return [
    {
      messageId: isFunction ? 'wrapInUseCallback' : 'wrapInUseMemo',
      data: { name: fresh.via },
      fix: (fixer) => fixer.replaceText(fresh.node, text),
    },
  ];
}
