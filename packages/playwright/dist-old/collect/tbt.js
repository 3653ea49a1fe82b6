/**
 * Lab Total Blocking Time from long tasks: for each task, the part after FCP, beyond 50 ms. A task
 * that straddles FCP counts only from FCP on, as Lighthouse does (its `calculateSumOfBlockingTime`
 * clips each task to the window and skips tasks whose clipped part is under 50 ms). Lighthouse stops
 * at Time to Interactive; perfgate stops when `collect()` runs, so a flow's interactions count too.
 * https://web.dev/articles/tbt · lighthouse core/lib/lantern/metrics/TBTUtils.js
 */
/** Blocking time beyond this (ms) counts. */
export const BLOCKING_THRESHOLD_MS = 50;
/** TBT (ms) and the worst tasks (whole tasks, by blocking time counted), given long tasks and FCP (ms). */
export function totalBlockingTime(tasks, fcp) {
    const counted = [];
    for (const t of tasks) {
        const end = t.start + t.duration;
        if (t.duration < BLOCKING_THRESHOLD_MS || end <= fcp)
            continue;
        const clipped = end - Math.max(t.start, fcp);
        if (clipped < BLOCKING_THRESHOLD_MS)
            continue;
        counted.push({ task: t, blocking: clipped - BLOCKING_THRESHOLD_MS });
    }
    const value = counted.reduce((sum, c) => sum + c.blocking, 0);
    const worst = [...counted]
        .sort((a, b) => b.blocking - a.blocking || b.task.duration - a.task.duration)
        .slice(0, 3)
        .map((c) => c.task);
    return { value, worst };
}
//# sourceMappingURL=tbt.js.map