// Corpus: a data table with nested definitions, render props and prop defaults.
import { memo, useMemo, useState, type ReactNode } from 'react';

interface Column {
  key: string;
  title: string;
}

const EMPTY_COLUMNS: Column[] = [];
const noop = () => {};

function HeaderCell({ title }: { title: string }) {
  return <th>{title}</th>;
}

function VirtualList<T>({ items, renderItem }: { items: T[]; renderItem: (item: T) => ReactNode }) {
  return <tbody>{items.map(renderItem)}</tbody>;
}

export function DataTable({
  rows,
  columns = EMPTY_COLUMNS, // look-alike: no-unstable-default-props
  pageSize = 20, // look-alike: no-unstable-default-props
  onRowClick = noop, // look-alike: no-unstable-default-props
  emptyText = 'No rows', // look-alike: no-unstable-default-props
  sortKeys = [], // expect: no-unstable-default-props
}: {
  rows: Record<string, string>[];
  columns?: Column[];
  pageSize?: number;
  onRowClick?: (row: Record<string, string>) => void;
  emptyText?: string;
  sortKeys?: string[];
}) {
  const [page, setPage] = useState(0);

  function Row({ row }: { row: Record<string, string> }) { // expect: no-nested-component-definitions
    return <tr onClick={() => onRowClick(row)}>{columns.map((c) => <td key={c.key}>{row[c.key]}</td>)}</tr>;
  }

  const renderCell = (value: string) => <td>{value}</td>; // look-alike: no-nested-component-definitions
  const Footer = () => <tfoot><tr>{renderCell(`page ${page}`)}</tr></tfoot>; // expect: no-nested-component-definitions

  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <table data-sort={sortKeys.join(',')}>
      <thead>
        <tr>{columns.map((c) => <HeaderCell key={c.key} title={c.title} />)}</tr>
      </thead>
      {rows.slice(page * pageSize, (page + 1) * pageSize).map((row, i) => <Row key={i} row={row} />)}
      <VirtualList items={rows} renderItem={(row) => <tr key={row.id}><td>{row.id}</td></tr>} /> {/* look-alike: no-nested-component-definitions */}
      <Footer />
      <caption onClick={() => setPage(page + 1)}>next</caption>
    </table>
  );
}

export const Toolbar = memo(function Toolbar({
  actions = ['copy', 'paste'], // expect: no-unstable-default-props
  title = 'Tools', // look-alike: no-unstable-default-props
  onAction = (a: string) => console.log(a), // expect: no-unstable-default-props
  dense = false, // look-alike: no-unstable-default-props
}: {
  actions?: string[];
  title?: string;
  onAction?: (action: string) => void;
  dense?: boolean;
}) {
  const Icon = useMemo(() => (dense ? SmallIcon : LargeIcon), [dense]); // look-alike: no-nested-component-definitions
  return (
    <div title={title}>
      {actions.map((a) => (
        <button key={a} onClick={() => onAction(a)}>
          <Icon />
          {a}
        </button>
      ))}
    </div>
  );
});

function SmallIcon() {
  return <i className="small" />;
}
function LargeIcon() {
  return <i className="large" />;
}

/** A helper, not a component: defaults on plain functions are fine. */
export function buildQuery({ filters = [], order = { by: 'id' } }: { filters?: string[]; order?: { by: string } }) { // look-alike: no-unstable-default-props
  return { filters, order };
}

/** A factory outside render creates each component type once. */
function makeCell(kind: string) {
  return function Cell({ v }: { v: string }) { // look-alike: no-nested-component-definitions
    return <td className={kind}>{v}</td>;
  };
}
const NumberCell = makeCell('number');

export function Totals({ total, fmt = { style: 'currency' } }: { total: string; fmt?: object }) { // expect: no-unstable-default-props
  return <tr><NumberCell v={total} /><td>{JSON.stringify(fmt)}</td></tr>; // expect: no-expensive-render-work
}
