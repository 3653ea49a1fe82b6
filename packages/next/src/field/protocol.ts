/**
 * The wire format between `<PerfgateVitals>` (browser) and `createVitalsHandler` (server).
 * Kept tiny on purpose: one beacon per page view is ~100 bytes of JSON (see README "Field monitoring").
 *
 * ```json
 * { "v": 1, "r": "/campaigns/[id]", "m": [["LCP", 1830], ["CLS", 0.012], ["INP", 312, "button.save"]] }
 * ```
 */

/** The Core Web Vitals the client reports (web-vitals' `on*` functions). */
export const FIELD_METRICS = ['LCP', 'FCP', 'CLS', 'INP', 'TTFB'] as const;
export type FieldMetricId = (typeof FIELD_METRICS)[number];

/** Protocol version carried in every beacon (`v`). */
export const PROTOCOL_VERSION = 1;

/** Longest route pattern accepted (characters). */
export const MAX_ROUTE_LENGTH = 200;
/** Most entries in one beacon; the client's buffer cap. */
export const MAX_ENTRIES = 20;
/** Longest attribution target (CSS selector) sent (characters). */
export const MAX_TARGET_LENGTH = 100;

/** One measured value: metric, value (ms, or unitless for CLS), and optional attribution target (CSS selector). */
export type BeaconEntry = [metric: FieldMetricId, value: number] | [metric: FieldMetricId, value: number, target: string];

/** One beacon: all metrics of one page view, for one route pattern. */
export interface VitalsBeacon {
  v: typeof PROTOCOL_VERSION;
  /** Route pattern (`/campaigns/[id]`), never a raw URL: no query string, no ids. */
  r: string;
  m: BeaconEntry[];
}
