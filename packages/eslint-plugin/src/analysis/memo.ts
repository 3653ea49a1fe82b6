/**
 * Which components are memoized, so that fresh props to them cost a re-render that `memo` would
 * otherwise skip.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { calleeName, isComponentName, isComponentWrapperCall } from './components.js';
import { mentionsWord, resolveVariable } from './values.js';

/** How we know a component is memoized. */
export type MemoEvidence = 'memo' | 'PureComponent' | 'type';

/**
 * Type names `@types/react` gives the result of `memo(...)`: `NamedExoticComponent<P>` for a
 * function component (React 19's first `memo` overload), `MemoExoticComponent<T>` otherwise
 * (classes, `forwardRef` results typed through the second overload). `forwardRef` alone gives
 * `ForwardRefExoticComponent`, a different symbol, so it is not mistaken for memo.
 */
const MEMO_TYPE_NAMES = new Set(['MemoExoticComponent', 'NamedExoticComponent']);

/** Files React's own type declarations live in (`@types/react`, or `react` if it ships types). */
const REACT_TYPES_FILE = /[\\/]node_modules[\\/](?:@types[\\/])?react[\\/]/;

/**
 * Could the file use `memo` or `PureComponent` at all? Whole-file text pre-check: without either
 * word no value in it is memoized by the file's own code (`useMemo` does not count).
 */
export function mayDeclareMemo(text: string): boolean {
  return mentionsWord(text, 'memo') || text.includes('PureComponent');
}

function isMemoCall(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  if (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    return isMemoCall(node.expression);
  }
  return isComponentWrapperCall(node) && calleeName(node) === 'memo';
}

function extendsPureComponent(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  const superClass = node.superClass;
  if (!superClass) return false;
  if (superClass.type === AST_NODE_TYPES.Identifier) return superClass.name === 'PureComponent';
  return (
    superClass.type === AST_NODE_TYPES.MemberExpression &&
    superClass.property.type === AST_NODE_TYPES.Identifier &&
    superClass.property.name === 'PureComponent'
  );
}

/** Minimal view of the TypeScript parser services we use; present only with type information. */
interface TypedServices {
  program: { getTypeChecker(): TypeChecker } | null;
  esTreeNodeToTSNodeMap: { get(node: TSESTree.Node): unknown };
}
interface TypeChecker {
  getTypeAtLocation(node: never): TypeLike;
}
interface SymbolLike {
  getName(): string;
  declarations?: readonly { getSourceFile(): { fileName: string } }[];
}
interface TypeLike {
  symbol?: SymbolLike | undefined;
  aliasSymbol?: SymbolLike | undefined;
}

/** Is `symbol` one of React's memo types, declared in React's own type files (not a look-alike)? */
function isReactMemoSymbol(symbol: SymbolLike | undefined): boolean {
  if (!symbol || !MEMO_TYPE_NAMES.has(symbol.getName())) return false;
  return symbol.declarations?.some((d) => REACT_TYPES_FILE.test(d.getSourceFile().fileName)) ?? false;
}

function typedServices(sourceCode: Readonly<TSESLint.SourceCode>): TypedServices | undefined {
  const services = sourceCode.parserServices as Partial<TypedServices> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  return services as TypedServices;
}

/**
 * With type information: is the value named by `node` typed as React's `memo(...)` result
 * (`NamedExoticComponent<...>` / `MemoExoticComponent<...>` from `@types/react`)?
 */
function hasMemoType(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const services = typedServices(sourceCode);
  if (!services?.program) return false;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  if (!tsNode) return false;
  const type = services.program.getTypeChecker().getTypeAtLocation(tsNode as never);
  return isReactMemoSymbol(type.aliasSymbol) || isReactMemoSymbol(type.symbol);
}

/**
 * The class or `VariableDeclarator` a `memo(...)` call or a class binds to a name, if any (looking
 * through `as` / `satisfies`).
 */
function bindingNode(node: TSESTree.Node): TSESTree.Node | undefined {
  if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.id) return node;
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSAsExpression || current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    current = current.parent;
  }
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier
    ? parent
    : undefined;
}

/** Memoized components declared in a file, found once per file. */
export interface LocalMemoComponents {
  /** Each variable holding a `memo(...)` result or a `PureComponent` class, and how we know. */
  readonly variables: ReadonlyMap<TSESLint.Scope.Variable, MemoEvidence>;
  /** Their names: a cheap first filter for tags. */
  readonly names: ReadonlySet<string>;
  /**
   * The opening elements `<X ...>` that render one of them, found from the variables' scope
   * references; `undefined` when the scope manager does not record JSX references (eslint-scope
   * before ESLint 10 for espree-parsed files) while the text does render one of the names: then
   * tags must be resolved one by one.
   */
  readonly elements: readonly { element: TSESTree.JSXOpeningElement; evidence: MemoEvidence }[] | undefined;
}

const localCache = new WeakMap<object, LocalMemoComponents>();

/** Does `text` hold `<name` (a JSX tag, maybe with whitespace after the `<`) with `name` a whole word? */
export function mayRenderTag(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (isIdentifierCode(text.charCodeAt(i + name.length))) continue;
    let j = i - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
    if (j >= 0 && text.charCodeAt(j) === 60 /* < */) return true;
  }
  return false;
}

function isIdentifierCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 95;
}

/** How `variable` is known to be memoized, from its single definition. */
function evidenceOfVariable(variable: TSESLint.Scope.Variable): MemoEvidence | undefined {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'Variable' && isMemoCall(def.node.init)) return 'memo';
  if (
    def?.type === 'ClassName' &&
    (def.node.type === AST_NODE_TYPES.ClassDeclaration || def.node.type === AST_NODE_TYPES.ClassExpression) &&
    extendsPureComponent(def.node)
  ) {
    return 'PureComponent';
  }
  return undefined;
}

/** Is `reference` (of `memo` / `PureComponent`, bare or as `X.memo`) a memo call or a PureComponent superclass? Then its binding node. */
function memoBinding(reference: TSESLint.Scope.Reference): TSESTree.Node | undefined {
  let node: TSESTree.Node = reference.identifier;
  let name = reference.identifier.name;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier) {
    node = parent;
    name = parent.property.name;
  }
  const user = node.parent;
  if (name === 'memo') {
    return user?.type === AST_NODE_TYPES.CallExpression && user.callee === node ? bindingNode(user) : undefined;
  }
  if (name === 'PureComponent') {
    return (user?.type === AST_NODE_TYPES.ClassDeclaration || user?.type === AST_NODE_TYPES.ClassExpression) && user.superClass === node
      ? bindingNode(user)
      : undefined;
  }
  return undefined;
}

/**
 * Every memoized component the file declares (`memo(...)` / `X.memo(...)` results, classes
 * extending `PureComponent`) and the elements rendering them. Found from the references of
 * `memo` / `PureComponent` and of imported or global namespaces (`React.memo`), then from the
 * memoized variables' own references: no scope walk and no per-tag lookup. Computed once per file.
 */
export function localMemoComponents(sourceCode: Readonly<TSESLint.SourceCode>): LocalMemoComponents {
  const cached = localCache.get(sourceCode);
  if (cached) return cached;
  const variables = new Map<TSESLint.Scope.Variable, MemoEvidence>();
  const names = new Set<string>();
  const scopeManager = sourceCode.scopeManager;
  const globalScope = scopeManager?.globalScope;
  if (scopeManager && globalScope) {
    const visit = (reference: TSESLint.Scope.Reference) => {
      const binding = memoBinding(reference);
      if (!binding) return;
      for (const variable of scopeManager.getDeclaredVariables(binding)) {
        const evidence = evidenceOfVariable(variable);
        if (evidence) {
          variables.set(variable, evidence);
          names.add(variable.name);
        }
      }
    };
    for (const reference of globalScope.through) visit(reference);
    const top = globalScope.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
    for (const variable of top.variables) {
      if (variable.name === 'memo' || variable.name === 'PureComponent' || variable.defs[0]?.type === 'ImportBinding') {
        for (const reference of variable.references) visit(reference);
      }
    }
  }
  const elements: { element: TSESTree.JSXOpeningElement; evidence: MemoEvidence }[] = [];
  let recordsJsx = false;
  for (const [variable, evidence] of variables) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier | TSESTree.JSXIdentifier;
      if (identifier.type !== AST_NODE_TYPES.JSXIdentifier) continue;
      recordsJsx = true;
      const parent = identifier.parent;
      if (parent.type === AST_NODE_TYPES.JSXOpeningElement && parent.name === identifier) elements.push({ element: parent, evidence });
    }
  }
  // No JSX reference at all: either no memoized component is rendered here, or the scope manager
  // does not record JSX references; only the text can tell (a false "maybe" just costs the slow path).
  const unknown = !recordsJsx && [...names].some((name) => mayRenderTag(sourceCode.text, name));
  const result: LocalMemoComponents = { variables, names, elements: unknown ? undefined : elements };
  localCache.set(sourceCode, result);
  return result;
}

/** Does this file have type information (so imported components can be checked by type)? */
export function hasTypeInformation(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return typedServices(sourceCode) !== undefined;
}

/**
 * Whether the element `<Tag ...>` renders a memoized component, and how we know: a
 * `memo(...)` / `React.memo(...)` result or `PureComponent` class declared in this file, or, when
 * the file is linted with type information, any value typed as React's `memo(...)` result.
 */
export function memoEvidenceOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tag: TSESTree.JSXTagNameExpression,
): MemoEvidence | undefined {
  if (tag.type === AST_NODE_TYPES.JSXIdentifier) {
    if (!isComponentName(tag.name)) return undefined; // DOM element
    const local = localMemoComponents(sourceCode);
    if (local.names.has(tag.name)) {
      const variable = resolveVariable(sourceCode, tag);
      const evidence = variable ? local.variables.get(variable) : undefined;
      if (evidence) return evidence;
    }
  }
  if (tag.type === AST_NODE_TYPES.JSXNamespacedName) return undefined;
  return hasMemoType(sourceCode, tag) ? 'type' : undefined;
}

/** Text of a JSX tag name, for messages: `Row`, `UI.Row`. */
export function tagText(tag: TSESTree.JSXTagNameExpression): string {
  switch (tag.type) {
    case AST_NODE_TYPES.JSXIdentifier:
      return tag.name;
    case AST_NODE_TYPES.JSXNamespacedName:
      return `${tag.namespace.name}:${tag.name.name}`;
    case AST_NODE_TYPES.JSXMemberExpression:
      return `${tagText(tag.object)}.${tag.property.name}`;
  }
}
