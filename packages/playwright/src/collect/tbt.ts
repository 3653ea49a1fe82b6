/**
 * Lab Total Blocking Time from long tasks: the sum over tasks starting after FCP of the time beyond
 * 50 ms. Lighthouse stops at Time to Interactive; perfgate stops when `collect()` runs, so a flow's
 * interactions count too. https://web.dev/articles/tbt
 */

/** A long task (ms, relative to navigation start). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Blocking time beyond this (ms) counts. */
export const BLOCKING_THRESHOLD_MS = 50;

/** TBT (ms) and the worst tasks, given long tasks and FCP (ms). */
export function totalBlockingTime(tasks: LongTask[], fcp: number): { value: number; worst: LongTask[] } {
  const after = tasks.filter((t) => t.start >= fcp);
  const value = after.reduce((sum, t) => sum + Math.max(0, t.duration - BLOCKING_THRESHOLD_MS), 0);
  const worst = [...after].sort((a, b) => b.duration - a.duration).slice(0, 3);
  return { value, worst };
}
