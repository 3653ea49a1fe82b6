/** Settles and reads the page. `timeoutMs` bounds the poll for late web-vitals reports (ms). */
export async function readPageSnapshot(page, timeoutMs) {
    return page.evaluate(async (timeout) => {
        const t0 = performance.now();
        const w = window;
        const active = document.activeElement;
        if (active && active !== document.body && typeof active.blur === 'function')
            active.blur();
        const idle = () => new Promise((resolve) => {
            if ('requestIdleCallback' in window)
                requestIdleCallback(() => resolve(), { timeout: 200 });
            else
                setTimeout(resolve, 50);
        });
        const frame = () => new Promise((resolve) => {
            // rAF does not run in a hidden page; a timeout keeps the read from hanging there.
            const timer = setTimeout(resolve, 100);
            requestAnimationFrame(() => {
                clearTimeout(timer);
                resolve();
            });
        });
        const ready = () => {
            const s = w.__perfgate;
            if (!s || s.installError)
                return true;
            const v = s.vitals;
            const painted = v.FCP !== undefined;
            // A page with content paints; on a loaded CI machine that can come after \`goto\` resolves, so wait
            // for FCP (bounded by the timeout) rather than reporting it missing. A page with nothing to paint
            // runs into the timeout and its paint metrics are reported missing with that reason.
            const hasContent = (document.body?.innerText ?? '').trim().length > 0 || document.images.length > 0;
            if (!v.TTFB || (!painted && hasContent) || (painted && !v.LCP) || (painted && !v.CLS))
                return false;
            if (painted && lcpPending(s))
                return false;
            // A trusted click/key press was dispatched: wait until web-vitals has turned it into INP, and
            // until every slow input's own entry has reached it (an earlier, faster entry of the same
            // interaction, such as the first-input pointerdown, can be reported first).
            return ((s.inputs === 0 && s.interactions === 0) || v.INP !== undefined) && s.pendingInputs === 0;
        };
        // A loaded image becomes the LCP candidate only once decoded and painted; on a busy CI machine
        // that can outlast the frames below, and collect() read the earlier text paint as LCP. So wait
        // for the decode of the loaded, visible images in the viewport (LCP only counts those), then,
        // in ready(), until each one larger than the current LCP has an LCP entry (bounded by
        // PENDING_IMAGE_MS). An image already decoded and painted costs nothing.
        const PENDING_IMAGE_MS = 1000;
        let lcpSize = 0;
        let lastLcpUrl = '';
        const lcpUrls = new Set();
        let lcpObserver;
        try {
            lcpObserver = new PerformanceObserver((list) => {
                for (const e of list.getEntries()) {
                    lcpSize = Math.max(lcpSize, e.size);
                    lastLcpUrl = e.url;
                    if (e.url)
                        lcpUrls.add(e.url);
                }
            });
            lcpObserver.observe({ type: 'largest-contentful-paint', buffered: true });
        }
        catch {
            // no LCP support: nothing to wait for
        }
        const visibleArea = (img, r = img.getBoundingClientRect()) => {
            const width = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
            const height = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
            return width > 0 && height > 0 ? width * height : 0;
        };
        const lcpCandidate = (img) => {
            const r = img.getBoundingClientRect();
            if (!img.complete || img.naturalWidth === 0 || visibleArea(img, r) === 0)
                return false;
            if (typeof img.checkVisibility === 'function' && !img.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
                return false;
            // Chromium skips low-entropy images (under 0.05 bits per displayed pixel) as LCP candidates.
            const entry = performance.getEntriesByName(img.currentSrc)[0];
            return !entry || entry.encodedBodySize === 0 || (entry.encodedBodySize * 8) / (r.width * r.height) >= 0.05;
        };
        const images = Array.from(document.images).filter(lcpCandidate);
        if (images.length > 0) {
            const decoded = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
            await Promise.race([decoded, new Promise((resolve) => setTimeout(resolve, timeout))]);
        }
        const imageDeadline = performance.now() + PENDING_IMAGE_MS;
        /** True while a decoded image larger than every LCP entry so far has not been reported yet. */
        const lcpPending = (s) => {
            // LCP stops at the first input or scroll: nothing more will come.
            if (performance.now() > imageDeadline || s.inputs > 0 || scrollX !== 0 || scrollY !== 0)
                return false;
            const imagePending = images.some((img) => !lcpUrls.has(img.currentSrc) && Math.min(visibleArea(img), img.naturalWidth * img.naturalHeight) > lcpSize);
            // ... or web-vitals' callback for the newest entry has not run yet.
            return imagePending || (lastLcpUrl !== '' && s.vitals.LCP?.attribution.url !== lastLcpUrl);
        };
        // Two frames let entries of the last paints (LCP, Event Timing) be
        // delivered; the idle period after them lets web-vitals' own idle callbacks run.
        await frame();
        await frame();
        await idle();
        let complete = ready();
        while (!complete && performance.now() - t0 < timeout) {
            await idle();
            await frame();
            complete = ready();
        }
        // One observer per read: later collect() calls must not accumulate them in the page.
        lcpObserver?.disconnect();
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource').map((r) => ({
            name: r.name,
            initiatorType: r.initiatorType,
            startTime: r.startTime,
            duration: r.duration,
            transferSize: r.transferSize,
        }));
        const measures = performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration, startTime: m.startTime }));
        const state = w.__perfgate ? JSON.parse(JSON.stringify(w.__perfgate)) : null;
        return {
            url: location.href,
            state,
            navigationTransfer: nav?.transferSize ?? 0,
            resources,
            measures,
            settledMs: performance.now() - t0,
            complete,
        };
    }, timeoutMs);
}
//# sourceMappingURL=page-snapshot.js.map