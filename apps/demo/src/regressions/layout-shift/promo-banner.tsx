'use client';
/**
 * REGRESSION `layout-shift` (CLS on /dashboard): a promo banner that is only rendered on the client,
 * after hydration, above the KPI cards and with no space reserved for it, so everything below jumps
 * down. perfgate's Playwright gate catches the CLS and names the shifted elements.
 * The fix would be to render it on the server or reserve its height (`min-height`).
 */
import { useEffect, useState } from 'react';

export function PromoBanner() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    // Simulates a banner whose content arrives a moment after hydration (a client-side A/B flag).
    const timer = window.setTimeout(() => setVisible(true), 150);
    return () => window.clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <aside className="promo" aria-label="Announcement">
      <strong>New:</strong> schedule campaigns across time zones. Try it in Campaigns → New campaign.
    </aside>
  );
}
