/**
 * `.jsx` linted with ESLint's default parser (espree): memo detection must not depend on
 * typescript-eslint's scope manager. ESLint 10's eslint-scope records JSX references (the rule
 * visits the memoized variables' references); ESLint 9's does not (the rule falls back to
 * resolving tags named like a memoized variable). Both must give the same findings.
 */
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import { describe, expect, it } from 'vitest';
import { localMemoComponents } from '../../analysis/memo.js';
import rule from './no-unstable-memo-props.js';

const code = `import { memo, useMemo } from 'react';
const Row = memo(function Row(props) { return <li>{props.label}</li>; });
class Plain { }
export function List({ items, onOpen }) {
  const style = useMemo(() => ({ color: 'red' }), []);
  const inline = () => onOpen(1);
  return (
    <ul>
      <Row label="a" style={{ margin: 0 }} onOpen={inline} />
      <Row style={style} />
      <li style={{ margin: 0 }} />
      <Plain style={{ margin: 0 }} />
      {items.map((Row) => <Row key={Row} style={{ margin: 1 }} />)}
    </ul>
  );
}
`;

/** Which path the rule takes: `references` when the scope manager records JSX references. */
const probe = {
  meta: { type: 'problem' as const, schema: [], messages: { path: '{{path}}' } },
  create(context: { sourceCode: never; report(d: unknown): void }) {
    const local = localMemoComponents(context.sourceCode);
    return {
      Program(node: unknown) {
        context.report({ node, messageId: 'path', data: { path: local.elements ? 'references' : 'fallback' } });
      },
    };
  },
};

const config = {
  files: ['**/*.jsx'],
  languageOptions: { ecmaVersion: 'latest' as const, sourceType: 'module' as const, parserOptions: { ecmaFeatures: { jsx: true } } },
  plugins: { perfgate: { rules: { 'no-unstable-memo-props': rule, probe } } },
  rules: { 'perfgate/no-unstable-memo-props': 'error' as const, 'perfgate/probe': 'error' as const },
};

describe('no-unstable-memo-props on espree-parsed .jsx', () => {
  const linters: [string, typeof Linter10, string][] = [
    ['ESLint 10', Linter10, 'references'],
    ['ESLint 9', Linter9 as unknown as typeof Linter10, 'fallback'],
  ];
  for (const [eslint, Linter, path] of linters) {
    it(`${eslint}: reports fresh props of the memoized <Row> only (${path} path)`, () => {
      const messages = new Linter().verify(code, [config] as never, { filename: 'list.jsx' });
      expect(messages.filter((m) => m.ruleId === 'perfgate/probe').map((m) => m.message)).toEqual([path]);
      const found = messages.filter((m) => m.ruleId === 'perfgate/no-unstable-memo-props');
      expect(found.map((m) => [m.line, m.column, m.messageId])).toEqual([
        [9, 22, 'unstableProp'], // style={{ margin: 0 }}
        [9, 44, 'unstableProp'], // onOpen={inline}
      ]);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
    });
  }

  it('skips a file whose memoized components are declared but never rendered', () => {
    for (const Linter of [Linter10, Linter9 as unknown as typeof Linter10]) {
      const messages = new Linter().verify(
        `import { memo } from 'react';\nexport const Row = memo(() => <li />);\nexport const el = <div style={{}} />;\n`,
        [config] as never,
        { filename: 'row.jsx' },
      );
      expect(messages.filter((m) => m.ruleId === 'perfgate/no-unstable-memo-props')).toEqual([]);
      expect(messages.find((m) => m.ruleId === 'perfgate/probe')?.message).toBe('references');
    }
  });
});
