import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { DEFAULT_HEAVY_PACKAGES, type HeavyPackage } from './heavy-packages.js';

export type MessageIds = 'heavyImport';
export type Options = [
  {
    /** Packages to report in addition to (or, with `replaceDefaults`, instead of) the defaults. */
    packages?: HeavyPackage[];
    /** Use only `packages`, dropping the defaults. */
    replaceDefaults?: boolean;
    /** Default package names not to report (e.g. `["moment"]` while a migration is under way). */
    allow?: string[];
  },
];

export default createRule<Options, MessageIds>({
  name: 'no-heavy-imports',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow whole-package imports of heavy libraries that have lighter alternatives',
      recommended: true,
      coveredByReactCompiler: false,
    },
    messages: {
      heavyImport: 'Importing `{{name}}` adds the whole package to the bundle. Use {{alternative}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          packages: {
            type: 'array',
            items: {
              type: 'object',
              properties: { name: { type: 'string' }, alternative: { type: 'string' } },
              required: ['name', 'alternative'],
              additionalProperties: false,
            },
          },
          replaceDefaults: { type: 'boolean' },
          allow: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ packages: [], replaceDefaults: false, allow: [] }],
  create(context, [options]) {
    const heavy = new Map<string, string>();
    for (const p of options.replaceDefaults ? [] : DEFAULT_HEAVY_PACKAGES) heavy.set(p.name, p.alternative);
    for (const p of options.packages ?? []) heavy.set(p.name, p.alternative);
    for (const name of options.allow ?? []) heavy.delete(name);

    function check(source: TSESTree.Node | null | undefined, typeOnly: boolean): void {
      if (typeOnly || source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') return;
      const alternative = heavy.get(source.value);
      if (alternative === undefined) return;
      context.report({ node: source, messageId: 'heavyImport', data: { name: source.value, alternative } });
    }
    const listeners: TSESLint.RuleListener = {
      ImportDeclaration(node: TSESTree.ImportDeclaration) {
        const typeOnly =
          node.importKind === 'type' ||
          (node.specifiers.length > 0 &&
            node.specifiers.every((s) => s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type'));
        check(node.source, typeOnly);
      },
      ExportNamedDeclaration(node: TSESTree.ExportNamedDeclaration) {
        check(node.source, node.exportKind === 'type');
      },
      ExportAllDeclaration(node: TSESTree.ExportAllDeclaration) {
        check(node.source, node.exportKind === 'type');
      },
    };
    // `require(...)` calls only matter in files that say `require`.
    if (context.sourceCode.text.includes('require')) {
      listeners.CallExpression = (node: TSESTree.CallExpression) => {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') check(node.arguments[0], false);
      };
    }
    return listeners;
  },
});
