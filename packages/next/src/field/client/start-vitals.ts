import type { MetricWithAttribution } from 'web-vitals/attribution';
import { encodeMetric } from './encode-metric.js';
import { browserTransport, sendPayload, type Transport } from './send-payload.js';
import { createVitalsBatch } from './vitals-batch.js';

type Report = (metric: MetricWithAttribution) => void;
/** The part of `web-vitals/attribution` the client uses. */
export interface WebVitalsApi {
  onLCP(cb: Report): void;
  onFCP(cb: Report): void;
  onCLS(cb: Report, opts?: { reportAllChanges?: boolean }): void;
  onINP(cb: Report, opts?: { reportAllChanges?: boolean }): void;
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
 * (attribution build), keeps the latest value of each metric, and sends one beacon when the page is hidden.
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
  // Until it is sent, a metric's latest value replaces the earlier one (CLS and INP grow); once sent, later
  // reports of the same metric instance (on a later hide) are ignored, so each page view counts once.
  const pending = new Set<string>();
  const sent = new Set<string>();
  const report: Report = (metric) => {
    if (stopped || sent.has(metric.id)) return;
    pending.add(metric.id);
    batch.add(encodeMetric(metric));
  };
  const flush = () => {
    batch.flush();
    for (const id of pending) sent.add(id);
    pending.clear();
  };
  // Bubble-phase listeners run after web-vitals' capture-phase ones, so hide-time reports are in the batch.
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  // Chromium fires pagehide *before* visibilitychange when navigating away, while still "visible":
  // flushing then would split the page into two beacons and miss CLS/INP. Only a hidden pagehide flushes
  // (browsers that skip visibilitychange on unload).
  const onPageHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', onPageHide);

  const load = options.loadWebVitals ?? (() => import('web-vitals/attribution') as Promise<WebVitalsApi>);
  load()
    .then((wv) => {
      if (stopped) return;
      wv.onTTFB(report);
      wv.onFCP(report);
      wv.onLCP(report);
      // CLS and INP with every change: an interaction just before leaving is otherwise processed by
      // web-vitals only after its own hide-time report, and lost.
      wv.onCLS(report, { reportAllChanges: true });
      wv.onINP(report, { reportAllChanges: true });
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
