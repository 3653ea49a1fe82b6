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
/**
 * Installs the collector. Runs in the page, with the attribution IIFE's `webVitals` object (kept
 * function-local so the page's own globals are untouched).
 */
export function installPageCollector(webVitals) {
    // Inlined here: the function is serialized with toString() and may not close over module scope.
    const RESOURCE_BUFFER_SIZE = 100_000;
    const w = window;
    if (w.__perfgate)
        return;
    // web-vitals' default INP durationThreshold (ms): slower entries always reach its observer.
    const SLOW_INPUT_MS = 40;
    const state = { vitals: {}, longTasks: [], interactions: 0, inputs: 0, pendingInputs: 0 };
    const awaiting = [];
    const same = (a, b) => a.type === b.type && Math.abs(a.at - b.at) < 1;
    const sync = () => {
        state.pendingInputs = awaiting.length;
    };
    const countInput = (event) => {
        if (event.isTrusted)
            state.inputs++;
    };
    for (const type of ['click', 'keydown'])
        addEventListener(type, countInput, { capture: true, passive: true });
    // Bubble phase on window: the page's own handlers of this event (on elements, document, a React
    // root) have run, and its paint comes later still, so this time is a lower bound of the entry's
    // duration. A later task's time would not be (other input tasks may run in between: a pointerdown's
    // own paint can come before the click's long handler). An event whose propagation was stopped is
    // not classified: the settle's frames cover it as before.
    const timeInput = (event) => {
        if (!event.isTrusted)
            return;
        const stamp = { type: event.type, at: event.timeStamp };
        if (performance.now() - event.timeStamp >= SLOW_INPUT_MS) {
            awaiting.push(stamp);
            sync();
        }
    };
    for (const type of ['pointerdown', 'click', 'keydown', 'keyup'])
        addEventListener(type, timeInput, { passive: true });
    w.__perfgate = state;
    // The default resource timing buffer holds 250 entries; later resources would silently vanish
    // from transfer and API metrics. https://w3c.github.io/resource-timing/#dom-performance-setresourcetimingbuffersize
    try {
        performance.setResourceTimingBufferSize(RESOURCE_BUFFER_SIZE);
        performance.addEventListener('resourcetimingbufferfull', () => {
            state.resourceBufferFull = true;
        });
    }
    catch {
        // very old engines: the default buffer stays
    }
    // Attribution objects hold DOM nodes and performance entries; keep only plain, JSON-safe values.
    const plain = (value, depth) => {
        if (value === null || typeof value === 'string' || typeof value === 'boolean')
            return value;
        if (typeof value === 'number')
            return Number.isFinite(value) ? value : null;
        if (depth > 2 || typeof value !== 'object')
            return undefined;
        if (typeof Node !== 'undefined' && value instanceof Node)
            return undefined;
        if (Array.isArray(value))
            return value.slice(0, 10).map((v) => plain(v, depth + 1));
        if (typeof PerformanceEntry !== 'undefined' && value instanceof PerformanceEntry) {
            const e = value;
            return { name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration };
        }
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const p = plain(v, depth + 1);
            if (p !== undefined)
                out[k] = p;
        }
        return out;
    };
    try {
        const vitals = webVitals;
        if (!vitals)
            throw new Error('window.webVitals is missing: the web-vitals attribution IIFE did not load');
        const record = (metric) => {
            const name = String(metric.name);
            const prev = state.vitals[name];
            state.vitals[name] = {
                name,
                value: Number(metric.value),
                rating: String(metric.rating),
                reports: (prev?.reports ?? 0) + 1,
                navigationType: String(metric.navigationType),
                attribution: (plain(metric.attribution, 0) ?? {}),
            };
        };
        for (const fn of ['onLCP', 'onFCP', 'onCLS', 'onINP', 'onTTFB']) {
            const register = vitals[fn];
            if (typeof register !== 'function')
                throw new Error(`web-vitals has no ${fn}()`);
            register(record, { reportAllChanges: true });
        }
    }
    catch (error) {
        state.installError = error instanceof Error ? error.message : String(error);
    }
    try {
        if (typeof PerformanceObserver === 'undefined')
            throw new Error('PerformanceObserver is not available');
        const types = PerformanceObserver.supportedEntryTypes ?? [];
        if (!types.includes('longtask'))
            throw new Error(`this browser does not support Long Tasks (supported entry types: ${types.join(', ') || 'none'})`);
        new PerformanceObserver((list) => {
            for (const e of list.getEntries())
                state.longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
    }
    catch (error) {
        // TBT is then reported missing with this reason, never as 0.
        state.longTaskUnsupported = error instanceof Error ? error.message : String(error);
    }
    try {
        const seen = new Set();
        const onEvents = (list) => {
            const stamps = [];
            for (const e of list.getEntries()) {
                if (e.entryType === 'event')
                    stamps.push({ type: e.name, at: e.startTime });
                if (e.interactionId && !seen.has(e.interactionId)) {
                    seen.add(e.interactionId);
                    state.interactions = seen.size;
                }
            }
            // Nothing waits (the usual case): no idle callback.
            if (stamps.length === 0 || awaiting.length === 0)
                return;
            // web-vitals' observer was registered first, so it got these entries first and queued its idle
            // callback (where it processes them) before this one: when this runs, its INP includes them.
            const done = () => {
                for (const stamp of stamps) {
                    for (let i = awaiting.length - 1; i >= 0; i--)
                        if (same(awaiting[i], stamp))
                            awaiting.splice(i, 1);
                }
                sync();
            };
            // Same 1 s cap as web-vitals' own idle callback, so this one still runs after it.
            if (typeof requestIdleCallback === 'function')
                requestIdleCallback(done, { timeout: 1000 });
            else
                setTimeout(done, 0);
        };
        new PerformanceObserver(onEvents).observe({ type: 'event', buffered: true, durationThreshold: 16 });
        new PerformanceObserver(onEvents).observe({ type: 'first-input', buffered: true });
    }
    catch {
        // Event Timing unsupported: INP will be reported missing with that reason.
    }
}
//# sourceMappingURL=page-collector.js.map