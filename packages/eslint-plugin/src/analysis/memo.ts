/**
 * Which components are memoized, so that fresh props to them cost a re-render that `memo` would
 * otherwise skip.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { calleeName, isComponentWrapperCall } from './components.js';
import { resolveVariable } from './values.js';

/** How we know a component is memoized. */
export type MemoEvidence = 'memo' | 'PureComponent' | 'type';

/** Type names React gives memoized components (`@types/react`). */
const MEMO_TYPE_NAMES = new Set(['MemoExoticComponent']);

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
interface TypeLike {
  symbol?: { getName(): string } | undefined;
  aliasSymbol?: { getName(): string } | undefined;
  isUnion?(): boolean;
}

function typedServices(sourceCode: Readonly<TSESLint.SourceCode>): TypedServices | undefined {
  const services = sourceCode.parserServices as Partial<TypedServices> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  return services as TypedServices;
}

/** With type information: is the value named by `node` typed `MemoExoticComponent<...>`? */
function hasMemoType(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const services = typedServices(sourceCode);
  if (!services?.program) return false;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  if (!tsNode) return false;
  const type = services.program.getTypeChecker().getTypeAtLocation(tsNode as never);
  const names = [type.symbol?.getName(), type.aliasSymbol?.getName()];
  return names.some((name) => name !== undefined && MEMO_TYPE_NAMES.has(name));
}

const candidateCache = new WeakMap<object, ReadonlySet<string>>();

/**
 * Names of every variable in the file defined by `memo(...)` or as a `PureComponent` class: a
 * cheap first filter so that tags which cannot be memoized skip scope resolution. Computed once
 * per file.
 */
export function memoCandidateNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const cached = candidateCache.get(sourceCode);
  if (cached) return cached;
  const names = new Set<string>();
  const isModule = sourceCode.ast.sourceType === 'module';
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    // In a module the global scope holds only the (thousands of) built-in lib globals.
    if (isModule && scope.type === 'global') continue;
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (def?.type === 'Variable' && isMemoCall(def.node.init)) names.add(variable.name);
      else if (
        def?.type === 'ClassName' &&
        (def.node.type === AST_NODE_TYPES.ClassDeclaration || def.node.type === AST_NODE_TYPES.ClassExpression) &&
        extendsPureComponent(def.node)
      ) {
        names.add(variable.name);
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
 * the file is linted with type information, any value typed `MemoExoticComponent`.
 */
export function memoEvidenceOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tag: TSESTree.JSXTagNameExpression,
): MemoEvidence | undefined {
  if (tag.type === AST_NODE_TYPES.JSXIdentifier) {
    if (!/^[A-Z]/.test(tag.name)) return undefined; // DOM element
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
