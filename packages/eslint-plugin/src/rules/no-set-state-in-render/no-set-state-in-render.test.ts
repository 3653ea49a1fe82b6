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
