import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-nested-component-definitions.js';

const ruleTester = createRuleTester();

ruleTester.run('no-nested-component-definitions', rule, {
  valid: [
    // module-scope components
    `function Item({ label }: { label: string }) { return <li>{label}</li>; }
     export function List({ items }: { items: string[] }) { return <ul>{items.map((i) => <Item key={i} label={i} />)}</ul>; }`,
    // render props passed inline are called by the child, not mounted as a type
    `export function Table({ rows }: { rows: string[] }) {
       return <Virtual rows={rows} renderRow={(row: string) => <tr><td>{row}</td></tr>} />;
     }`,
    // lowercase helper called as a function
    `export function Card({ title }: { title: string }) {
       const renderHeader = () => <h2>{title}</h2>;
       return <section>{renderHeader()}</section>;
     }`,
    // capitalised helper called as a function, never as JSX
    `export function Card({ title }: { title: string }) {
       const Header = () => <h2>{title}</h2>;
       return <section>{Header()}</section>;
     }`,
    // component factories outside render
    `function makeIcon(path: string) { return function Icon() { return <svg><path d={path} /></svg>; }; }
     const Star = makeIcon('M0');
     export function Rating() { return <Star />; }`,
    // useMemo'd / useCallback'd component types keep their identity
    `import { useMemo } from 'react';
     export function Chart({ kind }: { kind: string }) {
       const Renderer = useMemo(() => (kind === 'bar' ? BarChart : LineChart), [kind]);
       return <Renderer />;
     }`,
    // a capitalised non-component value rendered as a tag (e.g. a chosen element type)
    `export function Heading({ level }: { level: 1 | 2 }) { const Tag = level === 1 ? 'h1' : 'h2'; return <Tag />; }`,
    // nested function that is not a component (returns no JSX) used as a value
    `export function Page() { const Format = (n: number) => n.toFixed(2); return <p>{Format(2)}</p>; }`,
  ],
  invalid: [
    {
      code: `export function List({ items }: { items: string[] }) {
  function Item({ label }: { label: string }) {
    return <li>{label}</li>;
  }
  return <ul>{items.map((i) => <Item key={i} label={i} />)}</ul>;
}`,
      errors: [{ messageId: 'nestedComponent', line: 2, column: 12, data: { name: 'Item', parent: 'List' } }],
    },
    {
      code: `import { memo } from 'react';
export const Page = () => {
  const Header = memo(() => <header />);
  const Footer = () => <footer />;
  return <><Header /><Footer /><Footer /></>;
};`,
      errors: [
        { messageId: 'nestedComponent', line: 3, column: 9, data: { name: 'Header', parent: 'Page' } },
        { messageId: 'nestedComponent', line: 4, column: 9, data: { name: 'Footer', parent: 'Page' } },
      ],
    },
    {
      // defined inside a custom hook, which runs on every render of its caller
      code: `export function useRow() {
  const Row = () => <tr />;
  return <Row />;
}`,
      errors: [{ messageId: 'nestedComponent', line: 2, column: 9, data: { name: 'Row', parent: 'useRow' } }],
    },
  ],
});
