/**
 * Settles the page and reads what the in-page collector and the Performance APIs hold.
 *
 * Settling (issue 4): a large image that has loaded but is still being decoded or painted would lose
 * LCP to an earlier text paint, so loaded visible images are decoded first and the read waits for
 * their LCP entries (bounded). web-vitals processes INP (and LCP finalization) in
 * `requestIdleCallback`; while a clicked button keeps focus, idle callbacks only fire on their 1 s
 * timeout, and about 1 run in 12 lost INP. So: blur the focused element, wait for a frame (two
 * while LCP is live) and an idle period, then poll until every trusted click or key press the page
 * saw (counted by capture listeners when dispatched, since Event Timing entries only arrive after the
 * next paint) has reached web-vitals' INP, until the Event Timing entry of every slow input has been
 * processed by web-vitals (a click's first-input pointerdown entry, ≈ 8 ms, arrives a paint before the
 * click's own: reading in between gave INP 8 ms for a 150 ms handler, CI, 1 run in 50), and until
 * the frame after the latest input has been presented as far as frame pacing tells, and every
 * delivered Event Timing entry has been through web-vitals' idle-time processing (a fast handler
 * with a 400 ms paint read INP 8–24 ms two frames after the click, 20 loads in 20). An input is slow
 * when the first frame after it starts 24 ms or more after it (see the in-page collector).
 * web-vitals' idle-time processing is not waited for but run by the read (createIdleScheduler): an
 * idle period came 10–25 ms after a click's entries, and never on a page kept busy.
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
  measures: Array<{ name: string; duration: number; startTime: number }>;
  /** How long settling took (ms). */
  settledMs: number;
  /** True when the poll ended because every expected metric arrived. */
  complete: boolean;
}

/** Minimal view of a Playwright CDP session. */
interface CdpLike {
  send(method: 'Runtime.evaluate', params: { expression: string; awaitPromise: boolean; returnByValue: boolean }): Promise<{
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  }>;
}

/**
 * Settles and reads the page. `timeoutMs` bounds the poll for late web-vitals reports (ms).
 *
 * With a CDP session the read is one `Runtime.evaluate` returning a JSON string: 3 ms here against
 * 7–11 ms for the first `page.evaluate` after a navigation (which first sets up Playwright's
 * serialization script in the page, then walks the result object). Without one (not Chromium, or the
 * session failed), or when the page has no default execution context yet, it is `page.evaluate`.
 */
export async function readPageSnapshot(page: Page, timeoutMs: number, cdp?: CdpLike): Promise<PageSnapshot> {
  if (cdp) {
    let reply: Awaited<ReturnType<CdpLike['send']>> | undefined;
    try {
      reply = await cdp.send('Runtime.evaluate', {
        expression: `(${settleAndRead.toString()})(${JSON.stringify(timeoutMs)})`,
        awaitPromise: true,
        returnByValue: true,
      });
    } catch {
      // protocol error (e.g. no execution context while navigating): Playwright's evaluate waits for one
    }
    if (reply?.exceptionDetails) {
      const d = reply.exceptionDetails;
      throw new Error(`perf.collect(): reading the page failed: ${d.exception?.description ?? d.text}`);
    }
    if (typeof reply?.result.value === 'string') return JSON.parse(reply.result.value) as PageSnapshot;
  }
  return JSON.parse(await page.evaluate(settleAndRead, timeoutMs)) as PageSnapshot;
}

/**
 * Runs in the page (serialized with `toString()`: no imports, no closures over module scope).
 * Resolves to the snapshot as JSON.
 */
async function settleAndRead(timeout: number): Promise<string> {
  const t0 = performance.now();
  const w = window as unknown as { __perfgate?: PageCollectorState };
  const active = document.activeElement as HTMLElement | null;
  if (active && active !== document.body && typeof active.blur === 'function') active.blur();
  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 200 });
      else setTimeout(resolve, 50);
    });
  const frame = (): Promise<void> =>
    new Promise((resolve) => {
      // rAF does not run in a hidden page; a timeout keeps the read from hanging there.
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  /** TTFB, and once painted LCP (with no decoded image still pending) and CLS, have been reported. */
  const paintReported = (s: PageCollectorState): boolean => {
    const v = s.vitals;
    if (!v.TTFB) return false;
    // A page with content paints; on a loaded CI machine that can come after \`goto\` resolves, so wait
    // for FCP (bounded by the timeout) rather than reporting it missing. A page with nothing to paint
    // runs into the timeout and its paint metrics are reported missing with that reason. (innerText
    // lays the page out: only read while FCP is missing.)
    if (v.FCP === undefined) return !((document.body?.innerText ?? '').trim().length > 0 || document.images.length > 0);
    return v.LCP !== undefined && v.CLS !== undefined && !lcpPending(s);
  };
  const ready = (): boolean => {
    const s = w.__perfgate;
    if (!s || s.installError) return true;
    if (!paintReported(s)) return false;
    // A trusted click/key press was dispatched: wait until web-vitals has turned it into INP, and
    // until every slow input's own entry has reached it (an earlier, faster entry of the same
    // interaction, such as the first-input pointerdown, can be reported first).
    return ((s.inputs === 0 && s.interactions === 0) || s.vitals.INP !== undefined) && s.pendingInputs === 0 && !s.inputFramesPending && s.unprocessedEntries === 0;
  };
  // A loaded image becomes the LCP candidate only once decoded and painted; on a busy CI machine
  // that can outlast the frames below, and collect() read the earlier text paint as LCP. So wait
  // for the decode of the loaded, visible images in the viewport (LCP only counts those), then,
  // in ready(), until each one larger than the current LCP has an LCP entry (bounded by
  // PENDING_IMAGE_MS). An image already decoded and painted costs nothing.
  const PENDING_IMAGE_MS = 1000;
  let lcpSize = 0;
  let lastLcpUrl = '';
  const lcpUrls = new Set<string>();
  let lcpObserver: PerformanceObserver | undefined;
  try {
    lcpObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { size: number; url: string }>) {
        lcpSize = Math.max(lcpSize, e.size);
        lastLcpUrl = e.url;
        if (e.url) lcpUrls.add(e.url);
      }
    });
    lcpObserver.observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no LCP support: nothing to wait for
  }
  const visibleArea = (img: HTMLImageElement, r = img.getBoundingClientRect()): number => {
    const width = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
    const height = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return width > 0 && height > 0 ? width * height : 0;
  };
  const lcpCandidate = (img: HTMLImageElement): boolean => {
    const r = img.getBoundingClientRect();
    if (!img.complete || img.naturalWidth === 0 || visibleArea(img, r) === 0) return false;
    if (typeof img.checkVisibility === 'function' && !img.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    // Chromium skips low-entropy images (under 0.05 bits per displayed pixel) as LCP candidates.
    const entry = performance.getEntriesByName(img.currentSrc)[0] as PerformanceResourceTiming | undefined;
    return !entry || entry.encodedBodySize === 0 || (entry.encodedBodySize * 8) / (r.width * r.height) >= 0.05;
  };
  const images = Array.from(document.images).filter(lcpCandidate);
  if (images.length > 0) {
    const decoded = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    await Promise.race([decoded, new Promise((resolve) => setTimeout(resolve, timeout))]);
  }
  const imageDeadline = performance.now() + PENDING_IMAGE_MS;
  /** True while a decoded image larger than every LCP entry so far has not been reported yet. */
  const lcpPending = (s: PageCollectorState): boolean => {
    // LCP stops at the first input or scroll: nothing more will come.
    if (performance.now() > imageDeadline || s.inputs > 0 || scrollX !== 0 || scrollY !== 0) return false;
    const imagePending = images.some((img) => !lcpUrls.has(img.currentSrc) && Math.min(visibleArea(img), img.naturalWidth * img.naturalHeight) > lcpSize);
    // ... or web-vitals' callback for the newest entry has not run yet.
    return imagePending || (lastLcpUrl !== '' && s.vitals.LCP?.attribution.url !== lastLcpUrl);
  };
  // One frame lays out what changed before the read; the idle period after it lets the observer
  // callbacks of that layout (layout shifts) and web-vitals' own idle callbacks run. While LCP is
  // live (no click or key press yet), a second frame lets the last paint's LCP entry arrive. Event
  // Timing entries of recent inputs are awaited in ready() (inputFramesPending), which the in-page
  // collector tracks from the input on, so frames that passed before the read are not waited again.
  // When LCP has ended and the page reports that it has rendered every change it tracked
  // (renderPending false: two frames since the latest mutation, load or resize), a frame would add
  // nothing: the read only yields one task, so queued observer deliveries run first.
  const s0 = w.__perfgate;
  if (s0 && s0.inputs > 0 && s0.renderPending === false) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  } else {
    await frame();
    if (!s0 || s0.inputs === 0) await frame();
    await idle();
  }
  // Only input-side work left (Event Timing entries on their way, web-vitals' processing of them):
  // nothing to paint that the read would wait for.
  const paintSettled = (): boolean => {
    const s = w.__perfgate;
    return !!s && !s.installError && s.renderPending === false && s.vitals.FCP !== undefined && paintReported(s);
  };
  // web-vitals' idle-time work (INP from delivered Event Timing entries, the end of LCP) runs now
  // instead of in the next idle period, as it would on a hidden page (see createIdleScheduler).
  const flush = (): void => {
    w.__perfgate?.flushIdle?.();
  };
  flush();
  let complete = ready();
  while (!complete && performance.now() - t0 < timeout) {
    const queued = w.__perfgate?.idleQueued;
    if (queued && paintSettled()) {
      // Only input-side work left: wake when web-vitals is handed new entries, or at the next frame
      // (frame pacing after the latest input is tracked in the page's animation frames).
      await Promise.race([queued(), frame()]);
    } else {
      // frame, then idle: entries delivered after the frame are processed by web-vitals before ready()
      await frame();
      await idle();
    }
    flush();
    complete = ready();
  }
  // One observer per read: later collect() calls must not accumulate them in the page.
  lcpObserver?.disconnect();
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
    name: r.name,
    initiatorType: r.initiatorType,
    startTime: r.startTime,
    duration: r.duration,
    transferSize: r.transferSize,
  }));
  const measures = performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration, startTime: m.startTime }));
  const snapshot: PageSnapshot = {
    url: location.href,
    state: w.__perfgate ?? null,
    navigationTransfer: nav?.transferSize ?? 0,
    resources,
    measures,
    settledMs: performance.now() - t0,
    complete,
  };
  return JSON.stringify(snapshot);
}
