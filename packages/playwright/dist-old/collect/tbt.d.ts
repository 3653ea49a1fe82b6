/**
 * Lab Total Blocking Time from long tasks: for each task, the part after FCP, beyond 50 ms. A task
 * that straddles FCP counts only from FCP on, as Lighthouse does (its `calculateSumOfBlockingTime`
 * clips each task to the window and skips tasks whose clipped part is under 50 ms). Lighthouse stops
 * at Time to Interactive; perfgate stops when `collect()` runs, so a flow's interactions count too.
 * https://web.dev/articles/tbt · lighthouse core/lib/lantern/metrics/TBTUtils.js
 */
/** A long task (ms, relative to navigation start). */
export interface LongTask {
    start: number;
    duration: number;
}
/** Blocking time beyond this (ms) counts. */
export declare const BLOCKING_THRESHOLD_MS = 50;
/** TBT (ms) and the worst tasks (whole tasks, by blocking time counted), given long tasks and FCP (ms). */
export declare function totalBlockingTime(tasks: LongTask[], fcp: number): {
    value: number;
    worst: LongTask[];
};
//# sourceMappingURL=tbt.d.ts.map