import type { MetricId } from '../metrics.js';

/**
 * The route name under which producers report build-wide totals (all JS, all CSS, all media,
 * everything), so `budgets.build` applies to them.
 */
export const BUILD_ROUTE = '(build)';

/**
 * The metrics `budgets.build` limits, in raw (uncompressed) bytes — as webpack's `performance`
 * hints (244 KiB) and the seed's gate count them.
 */
export const BUILD_BUDGET_METRICS = {
  js: 'bundle.js.raw',
  css: 'bundle.css.raw',
  media: 'bundle.media.raw',
  total: 'bundle.total.raw',
} as const satisfies Record<string, MetricId>;
