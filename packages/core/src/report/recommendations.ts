import { getMetric } from '../metrics.js';
import type { Verdict } from '../model.js';
import { verdictStatus } from './verdict-status.js';

/** Advice per metric family, as in the seed's report (what usually moves the metric). */
const ADVICE: Record<string, string> = {
  bundle:
    'lazy-load heavy components (next/dynamic or import()), drop or replace large dependencies, and see what entered the first load with `next experimental-analyze` (Turbopack) or @next/bundle-analyzer (webpack)',
  LCP: 'prioritise the LCP element (next/image `priority` / fetchpriority="high", preload its font or image) and cut render-blocking resources and server time',
  FCP: 'cut render-blocking CSS and scripts, inline critical CSS and shorten the server response',
  CLS: 'reserve space for images, embeds and late content (width/height or aspect-ratio) and never insert content above what is shown',
  INP: 'break up long event handlers (yield to the main thread, move work off it, defer non-urgent updates with startTransition)',
  TBT: 'split long tasks and defer third-party and non-critical scripts',
  TTFB: 'cache server responses or render statically, and check slow data fetching on the server',
  heap: 'look for leaks: listeners, timers and subscriptions not cleaned up in effects, and unbounded caches',
  transfer: 'compress and cache assets and check new or larger resources',
  custom: 'profile the flow behind this custom metric (Performance panel, User Timing marks)',
};

function family(metric: string): string {
  if (metric.startsWith('bundle.')) return 'bundle';
  if (metric.startsWith('custom:')) return 'custom';
  return metric;
}

/**
 * One recommendation per metric family with a regression or a broken budget (worst first), naming the
 * routes (at most 3) and the usual fixes.
 */
export function recommendationsFor(sortedVerdicts: readonly Verdict[]): string[] {
  const routes = new Map<string, { routes: string[]; metric: string }>();
  for (const v of sortedVerdicts) {
    const s = verdictStatus(v);
    if (s !== 'regressed' && s !== 'over-budget' && s !== 'budget-warning') continue;
    const f = family(v.metric);
    const entry = routes.get(f) ?? { routes: [], metric: v.metric };
    if (!entry.routes.includes(v.route)) entry.routes.push(v.route);
    routes.set(f, entry);
  }
  const out: string[] = [];
  for (const [f, { routes: rs, metric }] of routes) {
    const name = f === 'bundle' ? 'Bundle size' : f === 'custom' ? getMetric(metric).name : getMetric(metric).name;
    const where = rs.length > 3 ? `${rs.slice(0, 3).join(', ')} and ${rs.length - 3} more` : rs.join(', ');
    out.push(`${name} on ${where}: ${ADVICE[f] ?? ADVICE.custom}.`);
  }
  return out;
}
