import type { PerfgateConfig } from '../config/index.js';
import type { Compression } from '../metrics.js';

const BROTLI_METRIC = /^bundle\.[a-z]+\.brotli$/;

/**
 * The compressions a bundle check measures: `bundle.compression` when the config sets it; otherwise raw
 * and gzip (cheap: ~25 ms per MB at level 9), plus brotli only when something reads it — a route budget
 * on a `bundle.*.brotli` metric or a brotli `gateMetric`. Brotli-11 costs ~1 s per MB of chunks on a
 * cold cache, which would dominate the check inside `next build` for nothing.
 */
export function bundleCompressions(config: Pick<PerfgateConfig, 'bundle' | 'budgets'>): Compression[] {
  if (config.bundle.compression) return [...new Set(config.bundle.compression)];
  const wanted: Compression[] = ['raw', 'gzip'];
  const budgeted = config.budgets.routes.some((r) => Object.keys(r.metrics).some((m) => BROTLI_METRIC.test(m)));
  if (budgeted || BROTLI_METRIC.test(config.bundle.gateMetric)) wanted.push('brotli');
  return wanted;
}
