/**
 * The in-page half of the collector. {@link installPageCollector} is serialized with `toString()` and
 * run by `page.addInitScript` right after the web-vitals attribution IIFE, before any page script.
 *
 * It registers web-vitals' own callbacks with `reportAllChanges: true`, so the latest callback value
 * is always the current value and `collect()` never has to hide or close the page (values posted from
 * a page that navigates away are lost; see issue 4). It also counts long tasks (for lab TBT) and
 * interactions seen by its own Event Timing observer, so `collect()` can tell "no interaction happened"
 * (INP missing, with that reason) from "web-vitals has not processed it yet" (wait).
 *
 * Must stay self-contained: no imports, no closures over module scope.
 */
/** What the page keeps for one web-vitals metric (the last callback's values). */
export interface PageVital {
    name: string;
    /** Metric value (ms, unitless for CLS). */
    value: number;
    rating: string;
    /** How many times web-vitals called back (reportAllChanges). */
    reports: number;
    navigationType: string;
    attribution: Record<string, unknown>;
}
/** State the collector keeps on `window.__perfgate`. */
export interface PageCollectorState {
    vitals: Record<string, PageVital>;
    /** Long tasks: start time and duration (ms, relative to navigation start). */
    longTasks: Array<{
        start: number;
        duration: number;
    }>;
    /** Why long tasks cannot be observed here (TBT is then reported missing with this reason). */
    longTaskUnsupported?: string;
    /** The resource timing buffer filled up despite the larger size set here (entries were dropped). */
    resourceBufferFull?: boolean;
    /** Interaction ids seen by Event Timing (durationThreshold 16 ms) or First Input. */
    interactions: number;
    /**
     * Trusted clicks and key presses seen by capture listeners. Counted when dispatched, so unlike
     * Event Timing entries (delivered after the next paint) they cannot lag behind `collect()`.
     */
    inputs: number;
    /**
     * Slow inputs whose Event Timing entry has not reached web-vitals yet: a trusted pointerdown,
     * click or key event that was still being handled 40 ms after its timeStamp (seen in the bubble
     * phase on window) is counted until its entry was delivered and web-vitals' idle-time processing
     * of it has run.
     * While this is above 0, web-vitals' INP may still be an earlier, faster entry (for a click, the
     * first-input pointerdown arrives before the click's own entry, which waits for the next paint).
     */
    pendingInputs: number;
    /** Error thrown while installing, when web-vitals could not be set up. */
    installError?: string;
}
/**
 * Installs the collector. Runs in the page, with the attribution IIFE's `webVitals` object (kept
 * function-local so the page's own globals are untouched).
 */
export declare function installPageCollector(webVitals: Record<string, unknown> | undefined): void;
//# sourceMappingURL=page-collector.d.ts.map