import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-unstable-default-props.js';

const ruleTester = createRuleTester();

ruleTester.run('no-unstable-default-props', rule, {
  valid: [
    // primitives
    `export function Badge({ count = 0, label = 'new', muted = false, size = undefined }: Props) { return <b>{label}{count}</b>; }`,
    // module constants
    `const EMPTY: string[] = []; const noop = () => {};
     export function List({ items = EMPTY, onSelect = noop }: Props) { return <ul />; }`,
    // not a component: a plain helper returning data
    `export function buildQuery({ filters = [], sort = {} }: Q) { return { filters, sort }; }`,
    // lowercase function returning JSX is not a component by React's convention
    `export function renderRow({ cells = [] }: R) { return <tr>{cells}</tr>; }`,
    // callbacks inside a component
    `export function List({ items }: Props) { return <ul>{items.map(({ tags = [] }) => <li key={tags.join()} />)}</ul>; }`,
    // whole-props default is never used by React
    `export function Panel({ title }: Props = { title: 'x' }) { return <h1>{title}</h1>; }`,
    // only the first parameter is props; a nested pattern's defaults are not prop defaults
    `export function Pair({ a }: P, { b = [] }: Q) { return <i>{a}{b}</i>; }`,
    `export function Nested({ style: { extra = {} } }: P) { return <i style={extra} />; }`,
    // parameter defaults and destructuring defaults outside the props pattern
    `export function Body({ rows }: P) { const { pad = {} } = rows; const f = (x = []) => x; return <i>{String(pad)}{String(f)}</i>; }`,
    // React Compiler memoizes it
    { code: `export function List({ items = [] }: Props) { return <ul />; }`, settings: { perfgate: { reactCompiler: true } } },
  ],
  invalid: [
    {
      // renamed and computed keys, a rest element, and a component without any JSX of its own (wrapped in memo)
      code: `import { memo } from 'react';
const key = 'k';
export const Card = memo(({ items: list = [], [key]: k = {}, ...rest }: any) => <ul>{list}{k}{rest}</ul>);`,
      errors: [
        { messageId: 'unstableDefault', line: 3, column: 43, data: { prop: 'items', component: 'Card', kind: 'array', upper: 'ITEMS' } },
        { messageId: 'unstableDefault', line: 3, column: 58, data: { prop: 'key', component: 'Card', kind: 'object', upper: 'KEY' } },
      ],
    },
    {
      code: `export function List({ items = [], style = {} }: Props) {
  return <ul style={style}>{items}</ul>;
}`,
      errors: [
        { messageId: 'unstableDefault', line: 1, column: 32, data: { prop: 'items', component: 'List', kind: 'array', upper: 'ITEMS' } },
        { messageId: 'unstableDefault', line: 1, column: 44, data: { prop: 'style', component: 'List', kind: 'object', upper: 'STYLE' } },
      ],
    },
    {
      code: `import { memo } from 'react';
export const Row = memo(({ onSelect = () => {}, extraClasses = new Set<string>() }: RowProps) => <tr />);`,
      errors: [
        { messageId: 'unstableDefault', line: 2, column: 39, data: { prop: 'onSelect', component: 'Row', kind: 'function', upper: 'ON_SELECT' } },
        { messageId: 'unstableDefault', line: 2, column: 64, data: { prop: 'extraClasses', component: 'Row', kind: 'instance', upper: 'EXTRA_CLASSES' } },
      ],
    },
  ],
});
