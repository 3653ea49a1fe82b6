'use client';
/**
 * REGRESSION `layout-shift` (CLS on /dashboard): a promo banner that is only rendered on the client,
 * after hydration, above the page title and KPI cards and with no space reserved for it, so everything below jumps
 * down. perfgate's Playwright gate catches the CLS and names the shifted elements.
 * The fix would be to render it on the server or reserve its height (`min-height`).
 */
import { useEffect, useState } from 'react';

export function PromoBanner() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    // A client-side flag (say, an A/B test read from localStorage) decides to show the banner once the
    // page has hydrated — after the server HTML was painted, and before anyone touched the page, so
    // the shift counts (shifts within 500 ms after an input do not).
    setVisible(true);
  }, []);
  if (!visible) return null;
  return (
    <aside className="promo" aria-label="Announcement">
      <strong>New:</strong> time-zone scheduling
    </aside>
  );
}
