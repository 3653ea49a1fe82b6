import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-unstable-memo-props.js';

const ruleTester = createRuleTester();

const header = `import { memo, useMemo, useCallback, useRef, useState } from 'react';
const Row = memo(function Row(props: { style: object; onSelect: () => void; items: string[]; icon: unknown }) { return <li /> });
`;

ruleTester.run('no-unstable-memo-props', rule, {
  valid: [
    // DOM elements re-render anyway; inline values are fine
    `${header}function List() { return <div style={{ color: 'red' }} onClick={() => {}} />; }`,
    // not memoized
    `function Plain(p: { style: object }) { return <i />; }
     function List() { return <Plain style={{ color: 'red' }} />; }`,
    // memoized with stable values
    `${header}function List({ items }: { items: string[] }) {
      const style = useMemo(() => ({ color: 'red' }), []);
      const onSelect = useCallback(() => {}, []);
      return <Row style={style} onSelect={onSelect} items={items} />;
    }`,
    // module-scope constants
    `${header}const STYLE = { color: 'red' }; const noop = () => {};
     function List() { return <Row style={STYLE} onSelect={noop} />; }`,
    // refs and state
    `${header}function List() {
      const ref = useRef({ a: 1 });
      const [items, setItems] = useState<string[]>([]);
      return <Row style={ref.current} items={items} onSelect={setItems as never} />;
    }`,
    // primitives and strings
    `${header}function List() { return <Row title="x" count={3} enabled={true} label={'a' + 'b'} />; }`,
    // key and ref are not compared by memo
    `${header}function List() { return <Row key={[1].join()} ref={(el: unknown) => el} />; }`,
    // JSX outside any component (module scope) is created once
    `${header}export const element = <Row style={{ color: 'red' }} />;`,
    // React Compiler memoizes for us
    {
      code: `${header}function List() { return <Row style={{ color: 'red' }} />; }`,
      settings: { perfgate: { reactCompiler: true } },
    },
    // ignoreProps option
    {
      code: `${header}function List() { return <Row renderItem={() => <b />} />; }`,
      options: [{ ignoreProps: ['renderItem'] }],
    },
    // JSX built inside useMemo / useCallback is made once per dependency change, not every render
    `${header}function List() { return useMemo(() => <Row style={{ color: 'red' }} onSelect={() => {}} />, []); }`,
    `${header}function List() {
      const renderRow = useCallback((items: string[]) => <Row items={items} style={{}} />, []);
      return <ul>{renderRow([])}</ul>;
    }`,
    `${header}function List() {
      const rows = React.useMemo(() => [1, 2].map((i) => <Row key={i} style={{ i }} />), []);
      return <ul>{rows}</ul>;
    }`,
    // a variable that is reassigned may not be fresh
    `${header}let shared = { a: 1 }; shared = { a: 2 };
     function List() { return <Row style={shared} />; }`,
  ],
  invalid: [
    {
      code: `${header}function List() { return <Row style={{ color: 'red' }} />; }`,
      errors: [{ messageId: 'unstableProp', line: 3, column: 31, data: { prop: 'style', component: 'Row', kind: 'object', via: '' } }],
    },
    {
      code: `${header}const List = () => <ul><Row onSelect={() => {}} items={[]} icon={<b />} /></ul>;`,
      errors: [
        { messageId: 'unstableProp', line: 3, column: 29, data: { prop: 'onSelect', component: 'Row', kind: 'function', via: '' } },
        { messageId: 'unstableProp', line: 3, column: 49, data: { prop: 'items', component: 'Row', kind: 'array', via: '' } },
        { messageId: 'unstableProp', line: 3, column: 60, data: { prop: 'icon', component: 'Row', kind: 'JSX element', via: '' } },
      ],
    },
    {
      // through a render-scope const, with a useCallback suggestion carrying dependencies
      code: `${header}function List({ id }: { id: string }) {
  const onSelect = () => console.log(id);
  return <Row onSelect={onSelect} />;
}`,
      errors: [
        {
          messageId: 'unstableProp',
          line: 5,
          column: 15,
          suggestions: [
            {
              messageId: 'wrapInUseCallback',
              data: { name: 'onSelect' },
              output: `${header}function List({ id }: { id: string }) {
  const onSelect = useCallback(() => console.log(id), [id]);
  return <Row onSelect={onSelect} />;
}`,
            },
          ],
        },
      ],
    },
    {
      // React.memo, items created in a map callback, useMemo suggestion via React namespace
      code: `import React from 'react';
const Cell = React.memo((p: { pos: object }) => <td />);
function Grid({ rows }: { rows: number[] }) {
  const pos = { x: rows.length };
  return <tr>{rows.map((r) => <Cell key={r} pos={pos} />)}</tr>;
}`,
      errors: [
        {
          messageId: 'unstableProp',
          line: 5,
          column: 45,
          suggestions: [
            {
              messageId: 'wrapInUseMemo',
              output: `import React from 'react';
const Cell = React.memo((p: { pos: object }) => <td />);
function Grid({ rows }: { rows: number[] }) {
  const pos = React.useMemo(() => ({ x: rows.length }), [rows]);
  return <tr>{rows.map((r) => <Cell key={r} pos={pos} />)}</tr>;
}`,
            },
          ],
        },
      ],
    },
    {
      // \`return\` in a nested function or a string before the declaration is not an early return
      code: `${header}function List({ id }: { id: string }) {
  const log = () => { return id; };
  const label = 'return';
  const style = { id, label };
  return <Row style={style} onSelect={log} />;
}`,
      errors: [
        {
          messageId: 'unstableProp',
          line: 7,
          column: 15,
          suggestions: [
            {
              messageId: 'wrapInUseMemo',
              output: `${header}function List({ id }: { id: string }) {
  const log = () => { return id; };
  const label = 'return';
  const style = useMemo(() => ({ id, label }), [id, label]);
  return <Row style={style} onSelect={log} />;
}`,
            },
          ],
        },
        {
          messageId: 'unstableProp',
          line: 7,
          column: 29,
          suggestions: [
            {
              messageId: 'wrapInUseCallback',
              output: `${header}function List({ id }: { id: string }) {
  const log = useCallback(() => { return id; }, [id]);
  const label = 'return';
  const style = { id, label };
  return <Row style={style} onSelect={log} />;
}`,
            },
          ],
        },
      ],
    },
    {
      // an early return before the declaration: no hook may go there, so no suggestion
      code: `${header}function List({ id }: { id?: string }) {
  if (!id) return null;
  const style = { id };
  return <Row style={style} />;
}`,
      errors: [{ messageId: 'unstableProp', line: 6, column: 15, suggestions: [] }],
    },
    {
      // PureComponent classes compare props shallowly too; bind makes a new function
      code: `import { PureComponent } from 'react';
class Chart extends PureComponent<{ onHover: () => void; data: number[] }> { render() { return <svg />; } }
export function Dashboard({ data }: { data: number[] }) {
  return <Chart data={data ?? []} onHover={console.log.bind(console)} />;
}`,
      errors: [
        { messageId: 'unstableProp', line: 4, column: 17 },
        { messageId: 'unstableProp', line: 4, column: 35 },
      ],
    },
    {
      // script (non-module) files keep top-level declarations in the global scope
      code: `const Row = React.memo(function Row() { return <li />; });\nfunction List() { return <Row style={{}} />; }`,
      languageOptions: { parserOptions: { sourceType: 'script' } },
      errors: [{ messageId: 'unstableProp', line: 2, column: 31 }],
    },
    {
      // 'use no memo' opts out of the compiler
      code: `${header}function List() { 'use no memo'; return <Row style={{}} />; }`,
      settings: { perfgate: { reactCompiler: true } },
      errors: [{ messageId: 'unstableProp', line: 3, column: 46 }],
    },
    {
      // memo results behind `as` / `satisfies`, and React.PureComponent classes, are found from
      // the references of `memo` / `PureComponent` (localMemoComponents)
      code: `import React, { memo } from 'react';
const A = memo((p: { s: object }) => <i />) as React.FC<{ s: object }>;
const B = React.memo((p: { s: object }) => <i />) satisfies unknown;
class C extends React.PureComponent<{ s: object }> { render() { return <b />; } }
function List() { return <><A s={{}} /><B s={[]} /><C s={() => {}} /></>; }`,
      errors: [
        { messageId: 'unstableProp', line: 5, column: 31, data: { prop: 's', component: 'A', kind: 'object', via: '' } },
        { messageId: 'unstableProp', line: 5, column: 43, data: { prop: 's', component: 'B', kind: 'array', via: '' } },
        { messageId: 'unstableProp', line: 5, column: 55, data: { prop: 's', component: 'C', kind: 'function', via: '' } },
      ],
    },
  ],
});
