// Corpus: a dashboard doing derived-data work in render, and state initialisers.
import { useEffect, useMemo, useReducer, useState } from 'react';

interface Point {
  day: string;
  value: number;
}

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }); // look-alike: no-expensive-render-work
const DAY_PATTERN = new RegExp('^\\d{4}-\\d{2}-\\d{2}$'); // look-alike: no-expensive-render-work
const DEFAULTS = JSON.parse('{"range":"7d"}') as { range: string }; // look-alike: no-expensive-render-work

function loadSettings(): { range: string } {
  return JSON.parse(localStorage.getItem('settings') ?? '{}') as { range: string }; // look-alike: no-expensive-render-work
}

function reducer(state: { count: number }, action: { type: 'inc' }) {
  return action.type === 'inc' ? { count: state.count + 1 } : state;
}

function normalizeQuery(q: string) {
  return q.trim().toLowerCase().replace(/\s+/g, " ");
}

function buildIndex(points: Point[]) {
  return new Map(points.map((p) => [p.day, p]));
}

export function Dashboard({ points, locale, query }: { points: Point[]; locale: string; query: string }) {
  const [settings] = useState(loadSettings()); // expect: prefer-lazy-state-initializer
  const [lazySettings] = useState(loadSettings); // look-alike: prefer-lazy-state-initializer
  const [index] = useState(() => buildIndex(points)); // look-alike: prefer-lazy-state-initializer
  const [counter, dispatch] = useReducer(reducer, { count: 0 }); // look-alike: prefer-lazy-state-initializer
  const [filter, setFilter] = useState(normalizeQuery(query)); // expect: prefer-lazy-state-initializer
  const [page] = useState(0); // look-alike: prefer-lazy-state-initializer
  const [open] = useState(Boolean(query)); // look-alike: prefer-lazy-state-initializer
  const [history] = useReducer(reducer, buildIndex(points) as never); // expect: prefer-lazy-state-initializer

  const sorted = points.toSorted((a, b) => a.value - b.value); // expect: no-expensive-render-work
  const byValue = useMemo(() => [...points].sort((a, b) => b.value - a.value), [points]); // look-alike: no-expensive-render-work
  const formatter = new Intl.DateTimeFormat(locale); // expect: no-expensive-render-work
  const matcher = new RegExp(filter, 'i'); // expect: no-expensive-render-work
  const snapshot = JSON.stringify(points); // expect: no-expensive-render-work
  const isDay = DAY_PATTERN.test(query); // look-alike: no-expensive-render-work
  const words = query.split(' ').filter(Boolean); // look-alike: no-expensive-render-work

  useEffect(() => {
    localStorage.setItem('points', JSON.stringify(points)); // look-alike: no-expensive-render-work
  }, [points]);

  const exportCsv = () => {
    const rows = [...points].sort((a, b) => a.day.localeCompare(b.day)); // look-alike: no-expensive-render-work
    return rows.map((r) => `${r.day},${r.value}`).join('\n');
  };

  return (
    <section data-range={settings.range ?? lazySettings.range ?? DEFAULTS.range} data-words={words.length}>
      <input value={filter} onChange={(e) => setFilter(e.target.value)} />
      <button onClick={() => dispatch({ type: 'inc' })}>{counter.count + page}</button>
      <button onClick={() => navigator.clipboard.writeText(JSON.stringify(points))}>copy</button> {/* look-alike: no-expensive-render-work */}
      <button onClick={exportCsv}>csv</button>
      <p>{String(open)} {String(isDay)} {snapshot.length} {index.size} {String(history)}</p>
      <ul>
        {sorted.filter((p) => matcher.test(p.day)).map((p) => (
          <li key={p.day}>
            {formatter.format(new Date(p.day))} {currency.format(p.value)}
            {structuredClone(p).value} {/* expect: no-expensive-render-work */}
          </li>
        ))}
      </ul>
      <ol>{byValue.map((p) => <li key={p.day}>{p.value}</li>)}</ol>
    </section>
  );
}

/** Hooks run on every render of their caller. */
export function useSortedPoints(points: Point[]) {
  const [initial] = useState(points.map((p) => p.value)); // expect: prefer-lazy-state-initializer
  const sorted = useMemo(() => points.toSorted((a, b) => a.value - b.value), [points]); // look-alike: no-expensive-render-work
  return { initial, sorted };
}

/** Plain utilities outside components. */
export function summarize(points: Point[]) {
  const ordered = points.toSorted((a, b) => a.value - b.value); // look-alike: no-expensive-render-work
  return JSON.stringify(ordered); // look-alike: no-expensive-render-work
}
