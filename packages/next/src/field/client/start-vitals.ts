import type { MetricWithAttribution } from 'web-vitals/attribution';
import { encodeMetric } from './encode-metric.js';
import { browserTransport, sendPayload, type Transport } from './send-payload.js';
import { createVitalsBatch } from './vitals-batch.js';

type Report = (metric: MetricWithAttribution) => void;
/** The part of `web-vitals/attribution` the client uses. */
export interface WebVitalsApi {
  onLCP(cb: Report): void;
  onFCP(cb: Report): void;
  onCLS(cb: Report): void;
  onINP(cb: Report): void;
  onTTFB(cb: Report): void;
}

/** Options of {@link startVitals}. */
export interface StartVitalsOptions {
  /** Ingest URL (same origin), e.g. `/api/vitals`. */
  endpoint: string;
  /** Route pattern of the landing page (`/campaigns/[id]`). */
  route: string;
  /** Share of page views measured (unitless, 0..1). Default 1. */
  sampleRate?: number;
  /** Random source for sampling (unitless, [0, 1)). Default `Math.random`. */
  random?: () => number;
  transport?: Transport;
  /** Loads web-vitals; default a dynamic import, so unsampled page views never download it. */
  loadWebVitals?: () => Promise<WebVitalsApi>;
}

/**
 * Starts field measurement for one page view: decides sampling once, lazily loads web-vitals
 * (attribution build), buffers each metric instance once, and sends one beacon when the page is hidden.
 * Every metric is attributed to the landing route, as CrUX attributes to the navigated URL.
 * Returns a function that stops listening (metrics not yet sent are dropped). Never throws.
 */
export function startVitals(options: StartVitalsOptions): () => void {
  const rate = Number.isFinite(options.sampleRate) ? Math.min(1, Math.max(0, options.sampleRate as number)) : 1;
  const random = options.random ?? Math.random;
  if (typeof window === 'undefined' || rate <= 0 || random() >= rate) return () => {};

  let stopped = false;
  const transport = options.transport ?? browserTransport();
  const batch = createVitalsBatch({
    route: options.route,
    send: (body) => void sendPayload(options.endpoint, body, transport),
  });
  // web-vitals may report CLS/INP again on a later hide; one value per metric instance keeps counts honest.
  const seen = new Set<string>();
  const report: Report = (metric) => {
    if (stopped || seen.has(metric.id)) return;
    seen.add(metric.id);
    batch.add(encodeMetric(metric));
  };
  // Bubble-phase listeners run after web-vitals' capture-phase ones, so hide-time reports are in the batch.
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') batch.flush();
  };
  const onPageHide = () => batch.flush();
  addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', onPageHide);

  const load = options.loadWebVitals ?? (() => import('web-vitals/attribution') as Promise<WebVitalsApi>);
  load()
    .then((wv) => {
      if (stopped) return;
      wv.onTTFB(report);
      wv.onFCP(report);
      wv.onLCP(report);
      wv.onCLS(report);
      wv.onINP(report);
    })
    .catch(() => {
      // A chunk that fails to load must never break the page; field data is best effort.
    });

  return () => {
    stopped = true;
    removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', onPageHide);
  };
}
