/**
 * The metric catalogue: one definition per metric (unit, direction, web.dev thresholds, floor).
 * Thresholds: https://web.dev/articles/vitals (LCP, CLS, INP), https://web.dev/articles/fcp,
 * https://web.dev/articles/ttfb, https://developer.chrome.com/docs/lighthouse/performance/lighthouse-total-blocking-time
 */
import type { MetricUnit } from './model.js';
import type { Direction } from './stats/compare-types.js';

export type VitalId = 'LCP' | 'FCP' | 'CLS' | 'INP' | 'TTFB' | 'TBT';
/** `media`: images, fonts and other static files (build-wide totals). */
export type BundleKind = 'js' | 'css' | 'media' | 'total';
export type Compression = 'raw' | 'gzip' | 'brotli';
/** Bundle metric ids: `bundle.js.gzip`, `bundle.total.raw`, … */
export type BundleMetricId = `bundle.${BundleKind}.${Compression}`;
export type MetricId = VitalId | BundleMetricId | 'heap' | 'transfer';

export interface MetricDefinition {
  id: MetricId;
  name: string;
  unit: MetricUnit;
  direction: Direction;
  /** web.dev "good" threshold (metric's unit), when one exists. */
  good?: number;
  /** web.dev "poor" threshold (metric's unit), when one exists. */
  poor?: number;
  /** A change smaller than this (metric's unit) is never a regression. */
  floor: number;
  source?: string;
}

const vital = (id: VitalId, name: string, unit: MetricUnit, good: number, poor: number, floor: number, source: string): MetricDefinition =>
  ({ id, name, unit, direction: 'lower-is-better', good, poor, floor, source });

/** Core Web Vitals and lab companions. Floors: 50 ms load timings, 20 ms INP, 0.01 CLS. */
export const VITALS: Record<VitalId, MetricDefinition> = {
  LCP: vital('LCP', 'Largest Contentful Paint', 'ms', 2500, 4000, 50, 'https://web.dev/articles/lcp'),
  FCP: vital('FCP', 'First Contentful Paint', 'ms', 1800, 3000, 50, 'https://web.dev/articles/fcp'),
  CLS: vital('CLS', 'Cumulative Layout Shift', 'unitless', 0.1, 0.25, 0.01, 'https://web.dev/articles/cls'),
  INP: vital('INP', 'Interaction to Next Paint', 'ms', 200, 500, 20, 'https://web.dev/articles/inp'),
  TTFB: vital('TTFB', 'Time to First Byte', 'ms', 800, 1800, 50, 'https://web.dev/articles/ttfb'),
  TBT: vital('TBT', 'Total Blocking Time (lab)', 'ms', 200, 600, 50, 'https://web.dev/articles/tbt'),
};

/** 1 KB: bundle changes smaller than this are never a regression. */
export const BUNDLE_FLOOR_BYTES = 1024;

const bundleMetric = (kind: BundleKind, compression: Compression): MetricDefinition => ({
  id: `bundle.${kind}.${compression}`,
  name: `${kind === 'total' ? 'Total' : kind === 'media' ? 'Media' : kind.toUpperCase()} bytes (${compression})`,
  unit: 'bytes',
  direction: 'lower-is-better',
  floor: BUNDLE_FLOOR_BYTES,
});

const BUNDLE_KINDS: BundleKind[] = ['js', 'css', 'media', 'total'];
const COMPRESSIONS: Compression[] = ['raw', 'gzip', 'brotli'];

/** Every metric perfgate knows, by id. */
export const METRICS: Record<MetricId, MetricDefinition> = {
  ...VITALS,
  ...Object.fromEntries(BUNDLE_KINDS.flatMap((k) => COMPRESSIONS.map((c) => { const d = bundleMetric(k, c); return [d.id, d]; }))),
  heap: { id: 'heap', name: 'JS heap used', unit: 'bytes', direction: 'lower-is-better', floor: 512 * 1024 },
  transfer: { id: 'transfer', name: 'Resource transfer size', unit: 'bytes', direction: 'lower-is-better', floor: BUNDLE_FLOOR_BYTES },
} as Record<MetricId, MetricDefinition>;

/** The definition of a metric id; custom metrics (`custom:name`) get a generic ms definition. */
export function getMetric(id: string): MetricDefinition {
  const known = (METRICS as Record<string, MetricDefinition>)[id];
  if (known) return known;
  return { id: id as MetricId, name: id.replace(/^custom:/, ''), unit: 'ms', direction: 'lower-is-better', floor: 0 };
}
