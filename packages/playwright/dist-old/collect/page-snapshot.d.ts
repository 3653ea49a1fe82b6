/**
 * Settles the page and reads what the in-page collector and the Performance APIs hold.
 *
 * Settling (issue 4): a large image that has loaded but is still being decoded or painted would lose
 * LCP to an earlier text paint, so loaded visible images are decoded first and the read waits for
 * their LCP entries (bounded). web-vitals processes INP (and LCP finalization) in
 * `requestIdleCallback`; while a clicked button keeps focus, idle callbacks only fire on their 1 s
 * timeout, and about 1 run in 12 lost INP. So: blur the focused element, wait for two frames and an
 * idle period, then poll until every trusted click or key press the page saw (counted by capture
 * listeners when dispatched, since Event Timing entries only arrive after the next paint) has reached
 * web-vitals' INP, and until the Event Timing entry of every slow input (dispatch ≥ 40 ms) has been
 * processed by web-vitals: a click's first-input pointerdown entry (≈ 8 ms) arrives a paint before
 * the click's own, and reading in between gave INP 8 ms for a 150 ms handler (CI, 1 run in 50).
 */
import type { Page } from '@playwright/test';
import type { PageCollectorState } from '../inject/page-collector.js';
/** A resource timing entry, reduced (ms, bytes). */
export interface ResourceInfo {
    name: string;
    initiatorType: string;
    startTime: number;
    /** Duration (ms). */
    duration: number;
    /** Bytes over the network (0 from cache or opaque cross-origin). */
    transferSize: number;
}
/** What one read returns. */
export interface PageSnapshot {
    url: string;
    state: PageCollectorState | null;
    navigationTransfer: number;
    resources: ResourceInfo[];
    measures: Array<{
        name: string;
        duration: number;
        startTime: number;
    }>;
    /** How long settling took (ms). */
    settledMs: number;
    /** True when the poll ended because every expected metric arrived. */
    complete: boolean;
}
/** Settles and reads the page. `timeoutMs` bounds the poll for late web-vitals reports (ms). */
export declare function readPageSnapshot(page: Page, timeoutMs: number): Promise<PageSnapshot>;
//# sourceMappingURL=page-snapshot.d.ts.map