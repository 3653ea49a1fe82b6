'use client';
import { useEffect, useRef } from 'react';
import { useParams, usePathname } from 'next/navigation.js';
import { toRoutePattern } from '../route-pattern.js';
import { browserTransport, type TransportMode } from './send-payload.js';
import { startVitals } from './start-vitals.js';

/** Props of {@link PerfgateVitals}. */
export interface PerfgateVitalsProps {
  /** Same-origin ingest URL served by `createVitalsHandler`. Default `/api/vitals`. */
  endpoint?: string;
  /** Share of page views measured (unitless, 0..1). Default 1; 0.1 measures one page view in ten. */
  sampleRate?: number;
  /**
   * `beacon` (default): `navigator.sendBeacon`, fetch keepalive as fallback. `fetch`: keepalive fetch without
   * cookies or `Referer` (choose it when page URLs or cookies carry personal data).
   */
  transport?: TransportMode;
}

/**
 * Reports real users' Core Web Vitals (LCP, FCP, CLS, INP, TTFB) to your ingest route, one small beacon
 * per page view, keyed by route pattern (`/campaigns/[id]`) — never the URL, query string, cookies or ids.
 * Put it once in the root layout. Renders nothing.
 */
export function PerfgateVitals({ endpoint = '/api/vitals', sampleRate = 1, transport = 'beacon' }: PerfgateVitalsProps): null {
  const pathname = usePathname();
  const params = useParams();
  // The landing route: metrics of a page view belong to the URL that was navigated to.
  const landing = useRef<string | null>(null);
  if (landing.current === null && pathname) {
    landing.current = toRoutePattern(pathname, params as Record<string, string | string[]> | null);
  }
  useEffect(() => {
    const route = landing.current ?? (typeof location === 'undefined' ? '/' : toRoutePattern(location.pathname));
    return startVitals({ endpoint, route, sampleRate, transport: browserTransport(transport) });
    // Deliberately once per page load (no deps): client-side navigations keep the landing route.
  }, []);
  return null;
}
