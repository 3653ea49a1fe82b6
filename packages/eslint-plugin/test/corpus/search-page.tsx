// Corpus: a search page in the style of a Next.js client component; mostly harmless code.
'use client';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import debounce from 'lodash/debounce'; // look-alike: no-heavy-imports

interface Hit {
  id: string;
  title: string;
  score: number;
}

const ResultCard = memo(function ResultCard({ hit, onOpen, highlight }: { hit: Hit; onOpen: (id: string) => void; highlight: RegExp }) {
  return (
    <article onClick={() => onOpen(hit.id)} style={{ cursor: 'pointer' }}> {/* look-alike: no-unstable-memo-props */}
      <h3>{hit.title.replace(highlight, (m) => `*${m}*`)}</h3>
    </article>
  );
});

const EMPTY_HITS: Hit[] = [];

export function SearchPage({ params, initialHits = EMPTY_HITS, pageSize = 10 }: { params: URLSearchParams; initialHits?: Hit[]; pageSize?: number }) { // look-alike: no-unstable-default-props
  const [query, setQuery] = useState(params.get('q') ?? ''); // look-alike: prefer-lazy-state-initializer
  const [hits, setHits] = useState<Hit[]>(initialHits); // look-alike: prefer-lazy-state-initializer
  const [recent, setRecent] = useState<string[]>(JSON.parse(sessionStorage.getItem('recent') ?? '[]')); // expect: prefer-lazy-state-initializer
  const [isPending, startTransition] = useTransition();
  const deferred = useDeferredValue(query);
  const inputRef = useRef<HTMLInputElement>(null);

  const highlight = useMemo(() => new RegExp(deferred.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), [deferred]); // look-alike: no-expensive-render-work
  const ranked = useMemo(() => hits.toSorted((a, b) => b.score - a.score).slice(0, pageSize), [hits, pageSize]); // look-alike: no-expensive-render-work
  const onOpen = useCallback((id: string) => setRecent((r) => [id, ...r].slice(0, 5)), []);

  const search = useMemo(
    () =>
      debounce((q: string) => {
        fetch(`/api/search?q=${encodeURIComponent(q)}`)
          .then((r) => r.json() as Promise<Hit[]>)
          .then((next) => startTransition(() => setHits(next))); // look-alike: no-set-state-in-render
      }, 200),
    [],
  );

  useEffect(() => {
    search(deferred);
  }, [deferred, search]);

  useEffect(() => {
    sessionStorage.setItem('recent', JSON.stringify(recent)); // look-alike: no-expensive-render-work
  }, [recent]);

  useEffect(() => {
    inputRef.current?.focus();
  });

  const recentLabel = recent.toSorted().join(', '); // expect: no-expensive-render-work

  return (
    <main>
      <input ref={inputRef} value={query} onChange={(e) => setQuery(e.target.value)} aria-busy={isPending} /> {/* look-alike: no-unstable-memo-props */}
      <p>{recentLabel}</p>
      {ranked.map((hit) => (
        <ResultCard key={hit.id} hit={hit} onOpen={onOpen} highlight={highlight} /> // look-alike: no-unstable-memo-props
      ))}
      {ranked.length === 0 && <ResultCard hit={{ id: '-', title: 'No results', score: 0 }} onOpen={onOpen} highlight={highlight} />} {/* expect: no-unstable-memo-props */}
    </main>
  );
}
