import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-set-state-in-render.js';

const ruleTester = createRuleTester();

const imports = `import { useState, useReducer, useEffect } from 'react';\n`;

ruleTester.run('no-set-state-in-render', rule, {
  valid: [
    // React's documented "adjusting state when a prop changes" pattern
    `${imports}export function List({ items }: { items: string[] }) {
      const [prevItems, setPrevItems] = useState(items);
      const [selection, setSelection] = useState<string | null>(null);
      if (items !== prevItems) { setPrevItems(items); setSelection(null); }
      return <ul>{selection}</ul>;
    }`,
    // handlers, effects, callbacks
    `${imports}export function Counter() {
      const [n, setN] = useState(0);
      useEffect(() => { setN(1); }, []);
      const inc = () => setN(n + 1);
      return <button onClick={() => setN((v) => v + 1)} onBlur={inc}>{n}</button>;
    }`,
    // guarded by && / ternary
    `${imports}export function Sync({ v }: { v: number }) {
      const [last, setLast] = useState(v);
      last !== v && setLast(v);
      return <i>{last === v ? null : setLast(v)}</i>;
    }`,
    // a function named like a setter that is not from useState
    `${imports}export function Title({ setTitle }: { setTitle: (t: string) => void }) { setTitle('x'); const setY = (n: number) => n; setY(2); return <h1 />; }`,
    // setter from a different component's state passed down is unknown; module-level call
    `${imports}const [a, setA] = [0, (n: number) => n]; setA(1);`,
    // a setter declared twice (`var`) is not known to be the state setter
    `${imports}export function V() { var [v, setV] = useState(0); var setV = (n: number) => n; setV(1); return <i>{v}</i>; }`,
    // the second element must be a plain identifier declared by the pattern
    `${imports}export function W() { const [w, [setW]] = useState([(n: number) => n]); setW(1); return <i>{String(w)}</i>; }`,
    // inside a loop: conditional on the data
    `${imports}export function L({ xs }: { xs: number[] }) { const [m, setM] = useState(0); for (const x of xs) { if (x > m) setM(x); } return <i>{m}</i>; }`,
  ],
  invalid: [
    {
      code: `${imports}export function Counter() {
  const [count, setCount] = useState(0);
  setCount(count + 1);
  return <p>{count}</p>;
}`,
      errors: [{ messageId: 'setStateInRender', line: 4, column: 3, data: { setter: 'setCount', component: 'Counter' } }],
    },
    {
      code: `${imports}export const Form = ({ ready }: { ready: boolean }) => {
  const [state, dispatch] = useReducer((s: number) => s + 1, 0);
  if (!ready) return null;
  dispatch();
  return <form>{state}</form>;
};`,
      errors: [{ messageId: 'setStateInRender', line: 5, column: 3, data: { setter: 'dispatch', component: 'Form' } }],
    },
    {
      // setters are found from the `[x, setX] = ...` declaration, also behind a cast, through
      // `React.useState`, with a hole, and when called before the declaration (a hoisted function)
      code: `import React, { useState, useReducer } from 'react';
export function Many() {
  sync();
  const [a, setA] = React.useState(0) as [number, (n: number) => void];
  const [, setB] = useState(0);
  let [c, dispatch] = useReducer((s: number) => s + 1, 0);
  function sync() { setB(1); }
  setA(1);
  setB(2);
  dispatch();
  return <p>{a}{c}</p>;
}`,
      errors: [
        { messageId: 'setStateInRender', line: 8, column: 3, data: { setter: 'setA', component: 'Many' } },
        { messageId: 'setStateInRender', line: 9, column: 3, data: { setter: 'setB', component: 'Many' } },
        { messageId: 'setStateInRender', line: 10, column: 3, data: { setter: 'dispatch', component: 'Many' } },
      ],
    },
    {
      // in a custom hook
      code: `${imports}export function useToggle() {
  const [on, setOn] = useState(false);
  setOn(!on);
  return on;
}`,
      errors: [{ messageId: 'setStateInRender', line: 4, column: 3 }],
    },
  ],
});
