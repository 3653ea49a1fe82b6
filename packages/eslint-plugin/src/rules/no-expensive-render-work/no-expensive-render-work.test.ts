import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-expensive-render-work.js';

const ruleTester = createRuleTester();

ruleTester.run('no-expensive-render-work', rule, {
  valid: [
    // inside useMemo
    `import { useMemo } from 'react';
     export function Table({ rows }: { rows: number[] }) {
       const sorted = useMemo(() => rows.toSorted((a, b) => a - b), [rows]);
       return <ul>{sorted}</ul>;
     }`,
    // module scope
    `const fmt = new Intl.NumberFormat('en-US'); const re = new RegExp('^a');
     const CONFIG = JSON.parse('{"a":1}');
     export function Price({ v }: { v: number }) { return <b>{fmt.format(v)}</b>; }`,
    // event handlers and effects
    `import { useEffect } from 'react';
     export function Save({ data }: { data: object }) {
       useEffect(() => { localStorage.setItem('d', JSON.stringify(data)); }, [data]);
       const onClick = () => fetch('/x', { body: JSON.stringify(data) });
       return <button onClick={() => navigator.clipboard.writeText(JSON.stringify(data))}>save</button>;
     }`,
    // not a component
    `export function sortUsers(users: string[]) { return users.toSorted(); }`,
    // regex literal is compiled once by the engine; look-alike method names
    `export function Search({ q, list }: { q: string; list: { sortBy(k: string): string[] } }) {
       const ok = /^[a-z]+$/.test(q); const s = list.sortBy('name'); const parts = q.split(',');
       return <p>{String(ok)}{s}{parts}</p>;
     }`,
    // eager state initializers are prefer-lazy-state-initializer's finding, not this rule's
    `import { useState } from 'react';
     export function Prefs({ raw }: { raw: string }) { const [p] = useState(JSON.parse(raw)); return <i>{String(p)}</i>; }`,
    // allowed by option
    { code: `export function Debug({ v }: { v: object }) { return <pre>{JSON.stringify(v)}</pre>; }`, options: [{ allow: ['JSON.stringify'] }] },
    // React Compiler memoizes derived values
    { code: `export function T({ r }: { r: number[] }) { const s = r.toSorted(); return <i>{s}</i>; }`, settings: { perfgate: { reactCompiler: true } } },
  ],
  invalid: [
    {
      code: `export function Table({ rows }: { rows: number[] }) {
  const sorted = [...rows].sort((a, b) => a - b);
  return <ul>{sorted.map((r) => <li key={r}>{new Intl.NumberFormat('de').format(r)}</li>)}</ul>;
}`,
      errors: [
        { messageId: 'expensiveWork', line: 2, column: 18, data: { shown: '.sort(...)', component: 'Table', why: 'sorting is O(n log n) and `.sort()` also mutates the array it is called on' } },
        { messageId: 'expensiveWork', line: 3, column: 46 },
      ],
    },
    {
      code: `export const Prefs = ({ raw, q }: { raw: string; q: string }) => {
  const prefs = JSON.parse(raw);
  const copy = structuredClone(prefs);
  const re = new RegExp(q, 'i');
  return <pre>{JSON.stringify(copy)}{String(re)}</pre>;
};`,
      errors: [
        { messageId: 'expensiveWork', line: 2, column: 17 },
        { messageId: 'expensiveWork', line: 3, column: 16 },
        { messageId: 'expensiveWork', line: 4, column: 14 },
        { messageId: 'expensiveWork', line: 5, column: 16 },
      ],
    },
    {
      // only `new` can match here (no sort / JSON / structuredClone in the file): still found
      code: `export function Match({ q }: { q: string }) { const re = new RegExp(q); return <i>{String(re)}</i>; }`,
      errors: [{ messageId: 'expensiveWork', line: 1, column: 58, data: { shown: 'new RegExp(...)', component: 'Match', why: 'compiling a RegExp from a string happens again on each call' } }],
    },
    {
      // only calls can match here (no Intl / RegExp): still found
      code: `export function Copy({ v }: { v: object }) { return <pre>{JSON.stringify(v)}</pre>; }`,
      errors: [{ messageId: 'expensiveWork', line: 1, column: 59 }],
    },
    {
      // a \u escape can spell any name: both kinds of node are visited
      code: `export function Esc({ v }: { v: string }) { const d = JSO\\u004E.parse(v); return <i>{new Intl.NumberFormat('en').format(d)}</i>; }`,
      errors: [
        { messageId: 'expensiveWork', line: 1, column: 55, data: { shown: 'JSON.parse(...)', component: 'Esc', why: 'parsing walks the whole string and allocates a new object graph' } },
        { messageId: 'expensiveWork', line: 1, column: 86 },
      ],
    },
    {
      // custom hooks run on every render of their caller
      code: `export function useSortedUsers(users: string[]) { return users.toSorted(); }`,
      errors: [{ messageId: 'expensiveWork', line: 1, column: 58, data: { shown: '.toSorted(...)', component: 'useSortedUsers', why: 'sorting copies the array and is O(n log n)' } }],
    },
  ],
});
