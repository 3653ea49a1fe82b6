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

const candidateCache = new WeakMap<object, ReadonlySet<string>>();

/** The variable name `node` (a `memo(...)` call or a class) is bound to, if any. */
function boundName(node: TSESTree.Node): string | undefined {
  if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.id) return node.id.name;
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSAsExpression || current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    current = current.parent;
  }
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier
    ? parent.id.name
    : undefined;
}

/**
 * Names of every variable in the file defined by `memo(...)` / `X.memo(...)` or as a class
 * extending `PureComponent`: a cheap first filter so that tags which cannot be memoized skip scope
 * resolution. Found from the references of `memo` / `PureComponent` and of imported or global
 * namespaces (`React.memo`), not by walking every scope; computed once per file.
 */
export function memoCandidateNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const cached = candidateCache.get(sourceCode);
  if (cached) return cached;
  const names = new Set<string>();
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope) {
    const top = globalScope.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
    const references: TSESLint.Scope.Reference[] = [...globalScope.through];
    for (const variable of top.variables) {
      if (variable.name === 'memo' || variable.name === 'PureComponent' || variable.defs[0]?.type === 'ImportBinding') {
        references.push(...variable.references);
      }
    }
    for (const reference of references) {
      let node: TSESTree.Node = reference.identifier;
      let name = reference.identifier.name;
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier) {
        node = parent;
        name = parent.property.name;
      }
      if (name === 'memo' && node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) {
        const bound = boundName(node.parent);
        if (bound) names.add(bound);
      } else if (
        name === 'PureComponent' &&
        (node.parent?.type === AST_NODE_TYPES.ClassDeclaration || node.parent?.type === AST_NODE_TYPES.ClassExpression) &&
        node.parent.superClass === node
      ) {
        const bound = boundName(node.parent);
        if (bound) names.add(bound);
      }
    }
  }
  candidateCache.set(sourceCode, names);
  return names;
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
    if (!memoCandidateNames(sourceCode).has(tag.name)) return hasMemoType(sourceCode, tag) ? 'type' : undefined;
    const variable = resolveVariable(sourceCode, tag);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'Variable' && isMemoCall(def.node.init)) return 'memo';
    if (
      def?.type === 'ClassName' &&
      (def.node.type === AST_NODE_TYPES.ClassDeclaration || def.node.type === AST_NODE_TYPES.ClassExpression) &&
      extendsPureComponent(def.node)
    ) {
      return 'PureComponent';
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
