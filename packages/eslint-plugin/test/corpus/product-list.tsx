// Corpus: a product list with memoized rows. Labels: `expect:` marks a real finding on that
// line, `look-alike:` marks a harmless line a noisier rule might flag.
import { memo, useCallback, useMemo, useRef, useState } from 'react';

interface Product {
  id: string;
  name: string;
  price: number;
}

const ProductRow = memo(function ProductRow(props: {
  product: Product;
  style?: React.CSSProperties;
  onSelect: (id: string) => void;
  tags?: string[];
  badge?: React.ReactNode;
}) {
  return (
    <li style={props.style} onClick={() => props.onSelect(props.product.id)}> {/* look-alike: no-unstable-memo-props */}
      {props.product.name}
      {props.badge}
    </li>
  );
});

const ROW_STYLE = { padding: 8 };
const NO_TAGS: string[] = [];

function Badge({ text }: { text: string }) {
  return <span className="badge">{text}</span>;
}

export function ProductList({ products, onOpen }: { products: Product[]; onOpen: (id: string) => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const handleSelect = useCallback((id: string) => setSelected(id), []);
  const highlight = useMemo(() => ({ background: 'yellow' }), []);
  const inlineHandler = (id: string) => onOpen(id);

  return (
    <div style={{ display: 'flex' }} onMouseLeave={() => setSelected(null)}> {/* look-alike: no-unstable-memo-props */}
      <ul ref={listRef} className="products">
        {products.map((product) => (
          <ProductRow
            key={product.id}
            product={product}
            style={ROW_STYLE} // look-alike: no-unstable-memo-props
            onSelect={handleSelect} // look-alike: no-unstable-memo-props
            tags={NO_TAGS} // look-alike: no-unstable-memo-props
          />
        ))}
      </ul>
      <ProductRow
        product={products[0]!}
        style={{ fontWeight: 'bold' }} // expect: no-unstable-memo-props
        onSelect={(id) => onOpen(id)} // expect: no-unstable-memo-props
        tags={['featured']} // expect: no-unstable-memo-props
        badge={<Badge text="new" />} // expect: no-unstable-memo-props
      />
      <ProductRow
        product={products[1]!}
        style={highlight} // look-alike: no-unstable-memo-props
        onSelect={inlineHandler} // expect: no-unstable-memo-props
      />
      <Badge text={selected ?? 'none'} />
      <button type="button" onClick={() => onOpen('all')} style={{ margin: 4 }}> {/* look-alike: no-unstable-memo-props */}
        Open all
      </button>
    </div>
  );
}

/** Not memoized: inline props here cost nothing extra, the child re-renders with its parent anyway. */
function PlainRow({ label, onPick, style }: { label: string; onPick: () => void; style: object }) {
  return <li onClick={onPick} style={style}>{label}</li>;
}

export function PlainList({ labels }: { labels: string[] }) {
  return (
    <ul>
      {labels.map((label) => (
        <PlainRow
          key={label}
          label={label}
          onPick={() => console.log(label)} // look-alike: no-unstable-memo-props
          style={{ color: 'gray' }} // look-alike: no-unstable-memo-props
        />
      ))}
    </ul>
  );
}

/** Rows built inside useMemo / useCallback: made once per dependency change, not every render. */
export function PinnedProducts({ products }: { products: Product[] }) {
  const [pinned, setPinned] = useState<string | null>(null);
  const rows = useMemo(
    () => products.map((p) => <ProductRow key={p.id} product={p} style={{ opacity: 0.8 }} onSelect={setPinned} />), // look-alike: no-unstable-memo-props
    [products],
  );
  const renderPinned = useCallback(
    (p: Product) => <ProductRow product={p} tags={[p.name]} onSelect={setPinned} />, // look-alike: no-unstable-memo-props
    [],
  );
  return <ul data-pinned={pinned}>{rows}{products.slice(0, 1).map(renderPinned)}</ul>;
}
