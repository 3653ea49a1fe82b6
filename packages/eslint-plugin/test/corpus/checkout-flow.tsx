// Corpus: a checkout flow written without perfgate in mind; labels follow what costs renders.
import React, { createContext, forwardRef, memo, useCallback, useContext, useEffect, useState } from 'react';
import { get } from 'lodash'; // expect: no-heavy-imports
import groupBy from 'lodash/groupBy'; // look-alike: no-heavy-imports

interface Item {
  sku: string;
  qty: number;
  price: number;
}

const CartContext = createContext<{ items: Item[]; add: (i: Item) => void } | null>(null);

const LineItem = React.memo(function LineItem({ item, onRemove, format }: { item: Item; onRemove: () => void; format: (n: number) => string }) {
  return <tr><td>{item.sku}</td><td>{format(item.price * item.qty)}</td><td><button onClick={onRemove}>x</button></td></tr>; // look-alike: no-unstable-memo-props
});

const PriceInput = memo(forwardRef<HTMLInputElement, { value: number; onChange: (v: number) => void }>(function PriceInput({ value, onChange }, ref) {
  return <input ref={ref} value={value} onChange={(e) => onChange(Number(e.target.value))} />; // look-alike: no-unstable-memo-props
}));

const formatPrice = (n: number) => `$${n.toFixed(2)}`;

export function CartProvider({ children }: { children: React.ReactNode }) {
  const [items, setItems] = useState<Item[]>([]);
  const add = useCallback((i: Item) => setItems((prev) => [...prev, i]), []);
  const value = { items, add };
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>; // expect: no-unstable-context-value
}

export function Cart({ discount }: { discount: number }) {
  const cart = useContext(CartContext);
  const [total, setTotal] = useState(0);
  const [coupon, setCoupon] = useState(0);

  useEffect(() => {
    setTotal((cart?.items ?? []).reduce((s, i) => s + i.price * i.qty, 0) * (1 - discount)); // expect: no-set-state-in-effect-without-deps
  });

  const groups = groupBy(cart?.items ?? [], (i: Item) => i.sku[0]);
  const remove = useCallback((sku: string) => console.log('remove', sku), []);

  return (
    <table>
      <tbody>
        {(cart?.items ?? []).map((item) => (
          <LineItem
            key={item.sku}
            item={item}
            format={formatPrice} // look-alike: no-unstable-memo-props
            onRemove={() => remove(item.sku)} // expect: no-unstable-memo-props
          />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} style={{ textAlign: 'right' }}> {/* look-alike: no-unstable-memo-props */}
            {formatPrice(total)} ({Object.keys(groups).length} groups, city {get(cart, 'address.city', '-')})
            <PriceInput value={coupon} onChange={setCoupon} /> {/* look-alike: no-unstable-memo-props */}
            <PriceInput value={coupon} onChange={(v) => setCoupon(Math.max(0, v))} /> {/* expect: no-unstable-memo-props */}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function CheckoutSteps({ step }: { step: number }) {
  const [visited, setVisited] = useState<number[]>([]);
  if (!visited.includes(step)) {
    setVisited([...visited, step]); // look-alike: no-set-state-in-render
  }
  const StepTitle = ({ n }: { n: number }) => <h2>Step {n}</h2>; // expect: no-nested-component-definitions
  const stepLabel = (n: number) => <span>Step {n}</span>; // look-alike: no-nested-component-definitions
  return (
    <div>
      <StepTitle n={step} />
      {stepLabel(step)}
      {visited.map((v) => <span key={v}>{v}</span>)}
    </div>
  );
}

export function AddressForm({ initial, countries = [] }: { initial: string; countries?: string[] }) { // expect: no-unstable-default-props
  const [draft, setDraft] = useState(initial); // look-alike: prefer-lazy-state-initializer
  const [lines, setLines] = useState(initial.split('\n')); // expect: prefer-lazy-state-initializer
  const collator = new Intl.Collator('en'); // expect: no-expensive-render-work
  const sortedCountries = countries.slice().sort(collator.compare); // expect: no-expensive-render-work
  const valid = /^[\w\s,]+$/.test(draft); // look-alike: no-expensive-render-work
  const submit = () => fetch('/address', { method: 'POST', body: JSON.stringify({ draft, lines }) }); // look-alike: no-expensive-render-work
  return (
    <form onSubmit={submit}>
      <textarea value={draft} onChange={(e) => { setDraft(e.target.value); setLines(e.target.value.split('\n')); }} /> {/* look-alike: no-set-state-in-render */}
      <select>{sortedCountries.map((c) => <option key={c}>{c}</option>)}</select>
      {valid ? null : <p>invalid</p>}
    </form>
  );
}
