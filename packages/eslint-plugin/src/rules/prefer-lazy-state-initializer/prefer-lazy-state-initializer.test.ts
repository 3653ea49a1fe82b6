import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './prefer-lazy-state-initializer.js';

const ruleTester = createRuleTester();

const imports = `import React, { useState, useReducer, useContext } from 'react';\n`;

ruleTester.run('prefer-lazy-state-initializer', rule, {
  valid: [
    `${imports}export function A(props: { x: number }) {
      const [a] = useState(0); const [b] = useState(props.x); const [c] = useState(() => load());
      const [d] = useState(load); const [e] = useState<string[]>([]); const [f] = useState({ open: false });
      return <i>{a}{b}{String(c)}{String(d)}{e}{String(f)}</i>;
    }`,
    // cheap calls
    `${imports}export function B({ v }: { v: string }) {
      const [a] = useState(Boolean(v)); const [b] = useState(Date.now()); const [c] = useState(Math.max(1, 2));
      const [d] = useState(new Set<string>()); const [e] = useState(String(v).length);
      return <i>{String(a)}{b}{c}{d.size}{e}</i>;
    }`,
    // cheap methods on whatever object
    `${imports}export function Q({ params, name }: { params: URLSearchParams; name: string }) {
      const [q] = useState(params.get('q') ?? ''); const [n] = useState(name.trim().toLowerCase());
      return <i>{q}{n}</i>;
    }`,
    // hooks in the initializer must not be wrapped
    `${imports}export function C() { const [t] = useState(useContext(ThemeContext)); return <i>{String(t)}</i>; }`,
    // lazy useReducer init
    `${imports}export function D({ n }: { n: number }) { const [s] = useReducer(reducer, n, init); return <i>{s}</i>; }`,
    // allowCalls option
    { code: `${imports}export function E() { const [t] = useState(getDefaultTheme()); return <i>{t}</i>; }`, options: [{ allowCalls: ['getDefaultTheme'] }] },
    // not useState (the callee test is by name: `useStateLike`, a computed `['useState']`)
    `${imports}export function G() { const [a] = useStateLike(compute()); const [b] = (React as any)['useState'](compute()); return <i>{a}{b}</i>; }`,
    // not useState
    `${imports}export function F() { const v = useMemoized(compute()); return <i>{v}</i>; }`,
  ],
  invalid: [
    {
      code: `${imports}export function Editor({ id }: { id: string }) {
  const [doc] = useState(JSON.parse(localStorage.getItem(id) ?? '{}'));
  return <i>{doc}</i>;
}`,
      errors: [
        {
          messageId: 'eagerInitializer',
          line: 3,
          column: 26,
          data: { hook: 'useState' },
          suggestions: [
            {
              messageId: 'useLazyInitializer',
              output: `${imports}export function Editor({ id }: { id: string }) {
  const [doc] = useState(() => JSON.parse(localStorage.getItem(id) ?? '{}'));
  return <i>{doc}</i>;
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${imports}export const Grid = ({ rows }: { rows: number[] }) => {
  const [cells] = React.useState({ all: buildCells(rows) });
  const [state] = useReducer(reducer, createInitialState(rows));
  return <i>{String(cells)}{String(state)}</i>;
};`,
      errors: [
        {
          messageId: 'eagerInitializer',
          line: 3,
          column: 34,
          suggestions: [
            {
              messageId: 'useLazyInitializer',
              output: `${imports}export const Grid = ({ rows }: { rows: number[] }) => {
  const [cells] = React.useState(() => ({ all: buildCells(rows) }));
  const [state] = useReducer(reducer, createInitialState(rows));
  return <i>{String(cells)}{String(state)}</i>;
};`,
            },
          ],
        },
        {
          messageId: 'eagerInitializer',
          line: 4,
          column: 39,
          data: { hook: 'useReducer' },
          suggestions: [
            {
              messageId: 'useLazyInitializer',
              output: `${imports}export const Grid = ({ rows }: { rows: number[] }) => {
  const [cells] = React.useState({ all: buildCells(rows) });
  const [state] = useReducer(reducer, undefined, () => createInitialState(rows));
  return <i>{String(cells)}{String(state)}</i>;
};`,
            },
          ],
        },
      ],
    },
  ],
});
