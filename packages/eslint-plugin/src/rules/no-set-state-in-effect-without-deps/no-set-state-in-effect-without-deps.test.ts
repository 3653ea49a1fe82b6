import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-set-state-in-effect-without-deps.js';

const ruleTester = createRuleTester();

const imports = `import React, { useState, useEffect, useLayoutEffect } from 'react';\n`;

ruleTester.run('no-set-state-in-effect-without-deps', rule, {
  valid: [
    // with a dependency array
    `${imports}export function W() { const [w, setW] = useState(0); useEffect(() => { setW(window.innerWidth); }, []); return <i>{w}</i>; }`,
    `${imports}export function W({ id }: { id: string }) { const [d, setD] = useState(''); useEffect(() => { setD(id); }, [id]); return <i>{d}</i>; }`,
    // no deps, but state is set only from a subscription callback
    `${imports}export function W() {
      const [w, setW] = useState(0);
      useEffect(() => { const on = () => setW(window.innerWidth); window.addEventListener('resize', on); return () => window.removeEventListener('resize', on); });
      return <i>{w}</i>;
    }`,
    // no deps, guarded set converges
    `${imports}export function S({ v }: { v: number }) { const [x, setX] = useState(v); useEffect(() => { if (x !== v) setX(v); }); return <i>{x}</i>; }`,
    // no deps, but no state set (e.g. imperative DOM sync)
    `${imports}export function T({ t }: { t: string }) { useEffect(() => { document.title = t; }); return null; }`,
    // a setter that is a prop, not state
    `${imports}export function P({ setOpen }: { setOpen: (b: boolean) => void }) { useEffect(() => { setOpen(true); }); return null; }`,
    // effect callback passed by reference
    `${imports}export function R() { const [a, setA] = useState(0); function sync() { setA(1); } useEffect(sync, []); return <i>{a}</i>; }`,
  ],
  invalid: [
    {
      code: `${imports}export function Width() {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    setWidth(window.innerWidth);
  });
  return <i>{width}</i>;
}`,
      errors: [{ messageId: 'setStateInEffectWithoutDeps', line: 5, column: 5, data: { setter: 'setWidth', hook: 'useEffect' } }],
    },
    {
      // the setter comes from its declaration pattern, also through `React.useState` behind a cast
      code: `${imports}export function Size() {
  const [size, setSize] = React.useState(0) as [number, (n: number) => void];
  useEffect(() => { setSize(1); });
  return <i>{size}</i>;
}`,
      errors: [{ messageId: 'setStateInEffectWithoutDeps', line: 4, column: 21, data: { setter: 'setSize', hook: 'useEffect' } }],
    },
    {
      code: `${imports}export const Ticker = () => {
  const [n, setN] = useState(0);
  React.useLayoutEffect(() => setN((v) => v + 1));
  useLayoutEffect(function measure() { setN(0); });
  return <i>{n}</i>;
};`,
      errors: [
        { messageId: 'setStateInEffectWithoutDeps', line: 4, column: 31, data: { setter: 'setN', hook: 'useLayoutEffect' } },
        { messageId: 'setStateInEffectWithoutDeps', line: 5, column: 40 },
      ],
    },
  ],
});
