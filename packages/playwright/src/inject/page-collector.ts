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
 * How long after a trusted input the frame-pacing wait (`inputFramesPending`) may last at most (ms),
 * when neither steady frames nor the input's own Event Timing entry have ended it. Long enough for a
 * slow paint's presentation on a loaded machine (1.5 s seen after a fast handler on a 2-core CI box,
 * which a 1 s cap read as the earlier fast click's INP); a page whose frames stay uneven gets its
 * input's Event Timing entry (durationThreshold 16) and ends the wait sooner. Passed to
 * {@link installPageCollector}, which is serialized and cannot read module scope.
 */
export const INPUT_SETTLE_CAP_MS = 5000;

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
  longTasks: Array<{ start: number; duration: number }>;
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
   * pointerup, click or key event whose next frame started 24 ms or more after its timeStamp (a long
   * handler, or a long frame before it) is counted until its entry was delivered and web-vitals'
   * idle-time processing of it has run.
   * While this is above 0, web-vitals' INP may still be an earlier, faster entry (for a click, the
   * first-input pointerdown arrives before the click's own entry, which waits for the next paint).
   */
  pendingInputs: number;
  /**
   * True from a trusted input (pointerdown, pointerup, click, keydown, keyup) until the frame after
   * the latest one has been presented, as far as frame pacing tells (at least three frames, the
   * latest two at a normal interval; at most {@link INPUT_SETTLE_CAP_MS}), or until the latest input's own Event Timing
   * entry has been delivered (which happens only after that frame's presentation): until then its
   * entry may still come, and INP read now could leave out the input's presentation delay.
   */
  inputFramesPending: boolean;
  /** Batches of Event Timing entries delivered whose processing by web-vitals (its idle callback) is not known to have run. */
  unprocessedEntries: number;
  /**
   * False once the page has rendered every change it is known to have had: two animation frames
   * have begun since the latest DOM mutation, element load (image, iframe, …), font load or resize,
   * so the first of them laid out and painted it and its observer callbacks (layout shifts) have
   * been delivered. True from the start until the first such pair of frames after DOMContentLoaded.
   * `collect()` skips its own frame and idle wait when this is false and LCP has ended.
   */
  renderPending: boolean;
  /** Error thrown while installing, when web-vitals could not be set up. */
  installError?: string;
  /**
   * Runs now every idle callback web-vitals and the collector have queued ({@link IdleScheduler.flush});
   * not enumerable, so the snapshot's JSON leaves it out.
   */
  readonly flushIdle?: () => number;
  /** Resolves when the next idle callback is queued ({@link IdleScheduler.next}); not enumerable. */
  readonly idleQueued?: () => Promise<void>;
}

/**
 * `requestIdleCallback` for web-vitals and the collector, which `collect()` can run ahead of the
 * browser's next idle period. web-vitals processes Event Timing entries (INP) and ends LCP in an idle
 * callback, or at once when the page is hidden ("when idle or hidden"); with one in flight, its values
 * lag the entries it was given. An idle period can be 10–25 ms away (Chromium 156, measured after a
 * click's entries arrived), and `collect()` has to wait for those values. So web-vitals gets this
 * scheduler through the `globalThis` it reads `requestIdleCallback` from (see web-vitals-script.ts),
 * and `collect()` flushes it: each queued callback runs once, either in the browser's idle period or
 * in the flush, whichever comes first, with the same entries, so the values are those an earlier idle
 * period would have given. Everything else on `globalThis` is the page's own.
 *
 * Runs in the page (serialized with `toString()`): no imports, no closures over module scope.
 */
export interface IdleScheduler {
  /** The `globalThis` web-vitals is run with. */
  scope: typeof globalThis;
  requestIdle(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  cancelIdle(id: number): void;
  /** Runs every queued callback now, in the order queued (also those queued meanwhile); returns how many ran. */
  flush(): number;
  /** Resolves when a callback is queued next. */
  next(): Promise<void>;
}

/** Creates the page's {@link IdleScheduler}. Without `requestIdleCallback` it queues with `setTimeout`. */
export function createIdleScheduler(): IdleScheduler {
  const hasIdle = typeof requestIdleCallback === 'function';
  const queued = new Map<number, { callback: IdleRequestCallback; handle: number }>();
  let seq = 0;
  let waiters: Array<() => void> = [];
  const release = (handle: number): void => {
    if (hasIdle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
  const run = (id: number, deadline: IdleDeadline): boolean => {
    const entry = queued.get(id);
    if (!entry) return false;
    queued.delete(id);
    entry.callback(deadline);
    return true;
  };
  const requestIdle = (callback: IdleRequestCallback, options?: IdleRequestOptions): number => {
    const id = ++seq;
    const handle = hasIdle
      ? requestIdleCallback((deadline) => run(id, deadline), options)
      : (setTimeout(() => run(id, { didTimeout: true, timeRemaining: () => 0 }), 0) as unknown as number);
    queued.set(id, { callback, handle });
    const wake = waiters;
    waiters = [];
    for (const resolve of wake) resolve();
    return id;
  };
  const cancelIdle = (id: number): void => {
    const entry = queued.get(id);
    if (!entry) return;
    queued.delete(id);
    release(entry.handle);
  };
  const flush = (): number => {
    let ran = 0;
    // Callbacks may queue more; a bound keeps a callback that always re-queues from spinning.
    for (let round = 0; round < 10 && queued.size > 0; round++) {
      for (const [id, entry] of [...queued]) {
        release(entry.handle);
        // Run now, as when an idle callback's timeout has passed.
        if (run(id, { didTimeout: true, timeRemaining: () => 0 })) ran++;
      }
    }
    return ran;
  };
  const next = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const overrides: Record<PropertyKey, unknown> = hasIdle ? { requestIdleCallback: requestIdle, cancelIdleCallback: cancelIdle } : {};
  // Reads go to the real window with itself as receiver (its accessors reject any other `this`).
  const scope = new Proxy(window, {
    get: (target, key) => (key in overrides ? overrides[key] : Reflect.get(target, key)),
    has: (target, key) => key in overrides || Reflect.has(target, key),
    set: (target, key, value) => Reflect.set(target, key, value),
  }) as unknown as typeof globalThis;
  return { scope, requestIdle, cancelIdle, flush, next };
}

/**
 * Installs the collector. Runs in the page, with the attribution IIFE's `webVitals` object (kept
 * function-local so the page's own globals are untouched) and the scheduler web-vitals was given.
 */
export function installPageCollector(webVitals: Record<string, unknown> | undefined, idle: IdleScheduler, inputSettleCapMs: number): void {
  type AnyRecord = Record<string, unknown>;
  // Inlined here: the function is serialized with toString() and may not close over module scope.
  const RESOURCE_BUFFER_SIZE = 100_000;
  const w = window as unknown as { __perfgate?: PageCollectorState };
  if (w.__perfgate) return;
  const state: PageCollectorState = { vitals: {}, longTasks: [], interactions: 0, inputs: 0, pendingInputs: 0, inputFramesPending: false, unprocessedEntries: 0, renderPending: true };
  // Slow inputs waiting for their entry, by event type and time: an Event Timing entry's startTime
  // is its event's timeStamp (matched within 1 ms, in case a browser coarsens the two differently).
  // An entry is only delivered after the next paint, so it never arrives before the first frame after
  // its input classifies the input (the check still looks up the entries already delivered, in case a
  // browser paints differently).
  type Stamp = { type: string; at: number };
  const awaiting: Stamp[] = [];
  const same = (a: Stamp, b: Stamp): boolean => a.type === b.type && Math.abs(a.at - b.at) < 1;
  const sync = (): void => {
    state.pendingInputs = awaiting.length;
  };
  // Frame pacing after the latest trusted input, for `inputFramesPending`. An input's Event Timing
  // entry is delivered only once the frame after it is presented. When that frame's paint is slow
  // (raster, or style and layout), the main thread runs ahead by up to two frames before it blocks,
  // so "two frames after the input" can come long before the entry (measured in Chromium 156: 2nd
  // frame 29 ms after a click, entry 451 ms after). So: at least three frames, and the latest two
  // frame intervals normal (a blocked pipeline shows as a long interval, and its release as a
  // burst of back-to-back frames). Bounded: an input older than `inputSettleCapMs` no longer waits.
  // The chain of animation frames runs only while an input waits for this.
  // Also, per input, the start of the first frame after it: that frame's paint, and so the input's
  // presentation, comes later still, so if the frame starts MIN_CERTAIN_ENTRY_MS or more after the
  // input (a long handler, or a long frame or task before it), its Event Timing entry
  // (durationThreshold 16) will come, and the input is slow: it waits for that entry. (A message
  // posted from that frame would tell when its rendering ended, but a loaded machine delays the
  // message itself: it took fast inputs for slow ones and waited for entries that never came.)
  const NORMAL_FRAME_MS = 34;
  const BURST_FRAME_MS = 4;
  const MIN_CERTAIN_ENTRY_MS = 24;
  // After a blocked pipeline (a long interval once frames had begun: a slow paint or raster), the
  // first frames on release start around the blocked frame's presentation, and its Event Timing
  // entry can be delivered after two of them (measured: a fast handler with a 1–1.3 s paint; frames
  // 19 ms, 24 ms, then 1323, 1339, 1349 ms after the click, entry duration 1336 ms; with two steady
  // frames, 2 of 18 slow-paint tests read INP without that entry, with four 0 of 20). So then four
  // steady frames, unless the entry itself ends the wait first.
  const STEADY_AFTER_BLOCK = 4;
  // Event Timing entries already delivered (the latest 200): an input classified after its entry came
  // does not wait for it.
  const delivered: Stamp[] = [];
  let unframed: Stamp[] = [];
  const classify = (batch: Stamp[], frameAt: number): void => {
    for (const stamp of batch) {
      if (frameAt - stamp.at < MIN_CERTAIN_ENTRY_MS || delivered.some((d) => same(d, stamp))) continue;
      awaiting.push(stamp);
    }
    sync();
  };
  let lastInputAt = 0;
  let lastFrameAt = 0;
  let framesSinceInput = 0;
  let steadyFrames = 0;
  let blockedSinceInput = false;
  let frameChain = false;
  // The latest trusted input, and whether its own Event Timing entry has been delivered: an entry is
  // only dispatched once the frame after its input has been presented, and entries come in frame
  // order, so from then on no entry of this or an earlier input is still on its way and frame pacing
  // has nothing left to tell (nor does the frame chain need to keep requesting frames).
  let latestInput: Stamp | undefined;
  let latestPresented = false;
  const onFrame = (): void => {
    if (latestPresented) {
      // Inputs not yet classified are at most as recent as the latest: their entries have come too.
      unframed = [];
      frameChain = false;
      return;
    }
    const now = performance.now();
    const interval = now - lastFrameAt;
    // The first interval counts from the input itself, so it can be short.
    const normal = interval <= NORMAL_FRAME_MS && (framesSinceInput === 0 || interval >= BURST_FRAME_MS);
    lastFrameAt = now;
    framesSinceInput++;
    steadyFrames = normal ? steadyFrames + 1 : 0;
    if (framesSinceInput > 1 && interval > NORMAL_FRAME_MS) blockedSinceInput = true;
    if (unframed.length > 0) {
      classify(unframed, now);
      unframed = [];
    }
    if ((framesSinceInput >= 3 && steadyFrames >= (blockedSinceInput ? STEADY_AFTER_BLOCK : 2)) || now - lastInputAt > inputSettleCapMs) {
      state.inputFramesPending = false;
      frameChain = false;
      return;
    }
    requestAnimationFrame(onFrame);
  };
  let inputSeq = 0;
  const markInput = (event: Event): void => {
    if (!event.isTrusted) return;
    if (event.type === 'click' || event.type === 'keydown') state.inputs++;
    const seq = ++inputSeq;
    lastInputAt = lastFrameAt = performance.now();
    latestInput = { type: event.type, at: event.timeStamp };
    latestPresented = false;
    unframed.push(latestInput);
    framesSinceInput = 0;
    steadyFrames = 0;
    blockedSinceInput = false;
    state.inputFramesPending = true;
    if (!frameChain) {
      frameChain = true;
      requestAnimationFrame(onFrame);
    }
    // rAF does not run in a hidden page; the cap holds there too.
    setTimeout(() => {
      if (seq === inputSeq) state.inputFramesPending = false;
    }, inputSettleCapMs);
  };
  for (const type of ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup']) addEventListener(type, markInput, { capture: true, passive: true });
  // Rendering since the latest change, for `renderPending`. A change disconnects the observer (one
  // callback per burst of mutations, however large) and waits for the next frame; from that frame's
  // start, mutations are observed again (later ones restart the wait). A second frame means the
  // first one's rendering has run, and with it the layout-shift entries of the change, whose
  // delivery task was queued then. Loads and resizes change layout without a mutation.
  let changeSeq = 0;
  let renderWatch = false;
  const observeOptions: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };
  let mutations: MutationObserver | undefined;
  const onChange = (): void => {
    changeSeq++;
    state.renderPending = true;
    if (renderWatch) return;
    renderWatch = true;
    mutations?.disconnect();
    requestAnimationFrame(() => {
      const seq = changeSeq;
      mutations?.observe(document, observeOptions);
      requestAnimationFrame(() => {
        renderWatch = false;
        if (changeSeq === seq) state.renderPending = false;
        else onChange();
      });
    });
  };
  try {
    mutations = new MutationObserver(onChange);
  } catch {
    // no MutationObserver: renderPending stays true and collect() always waits for a frame
  }
  if (mutations) {
    // Parsing is not tracked (renderPending is true until the frames after DOMContentLoaded).
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onChange, { once: true });
    else onChange();
    addEventListener('load', onChange, { capture: true, passive: true });
    addEventListener('resize', onChange, { passive: true });
    document.fonts?.addEventListener?.('loadingdone', onChange);
  }
  Object.defineProperty(state, 'flushIdle', { value: idle.flush, enumerable: false });
  Object.defineProperty(state, 'idleQueued', { value: idle.next, enumerable: false });
  w.__perfgate = state;
  // The default resource timing buffer holds 250 entries; later resources would silently vanish
  // from transfer and API metrics. https://w3c.github.io/resource-timing/#dom-performance-setresourcetimingbuffersize
  try {
    performance.setResourceTimingBufferSize(RESOURCE_BUFFER_SIZE);
    performance.addEventListener('resourcetimingbufferfull', () => {
      state.resourceBufferFull = true;
    });
  } catch {
    // very old engines: the default buffer stays
  }
  // Attribution objects hold DOM nodes and performance entries; keep only plain, JSON-safe values.
  const plain = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (depth > 2 || typeof value !== 'object') return undefined;
    if (typeof Node !== 'undefined' && value instanceof Node) return undefined;
    if (Array.isArray(value)) return value.slice(0, 10).map((v) => plain(v, depth + 1));
    if (typeof PerformanceEntry !== 'undefined' && value instanceof PerformanceEntry) {
      const e = value as PerformanceEntry & { name: string };
      return { name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration };
    }
    const out: AnyRecord = {};
    for (const [k, v] of Object.entries(value as AnyRecord)) {
      const p = plain(v, depth + 1);
      if (p !== undefined) out[k] = p;
    }
    return out;
  };
  try {
    const vitals = webVitals;
    if (!vitals) throw new Error('window.webVitals is missing: the web-vitals attribution IIFE did not load');
    const record = (metric: AnyRecord): void => {
      const name = String(metric.name);
      const prev = state.vitals[name];
      state.vitals[name] = {
        name,
        value: Number(metric.value),
        rating: String(metric.rating),
        reports: (prev?.reports ?? 0) + 1,
        navigationType: String(metric.navigationType),
        attribution: (plain(metric.attribution, 0) ?? {}) as AnyRecord,
      };
    };
    for (const fn of ['onLCP', 'onFCP', 'onCLS', 'onINP', 'onTTFB']) {
      const register = vitals[fn] as ((cb: (m: AnyRecord) => void, opts: AnyRecord) => void) | undefined;
      if (typeof register !== 'function') throw new Error(`web-vitals has no ${fn}()`);
      register(record, { reportAllChanges: true });
    }
  } catch (error) {
    state.installError = error instanceof Error ? error.message : String(error);
  }
  try {
    if (typeof PerformanceObserver === 'undefined') throw new Error('PerformanceObserver is not available');
    const types = PerformanceObserver.supportedEntryTypes ?? [];
    if (!types.includes('longtask')) throw new Error(`this browser does not support Long Tasks (supported entry types: ${types.join(', ') || 'none'})`);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    // TBT is then reported missing with this reason, never as 0.
    state.longTaskUnsupported = error instanceof Error ? error.message : String(error);
  }
  try {
    const seen = new Set<number>();
    const onEvents = (list: PerformanceObserverEntryList): void => {
      const stamps: Stamp[] = [];
      for (const e of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>) {
        if (e.entryType === 'event') stamps.push({ type: e.name, at: e.startTime });
        if (e.interactionId && !seen.has(e.interactionId)) {
          seen.add(e.interactionId);
          state.interactions = seen.size;
        }
      }
      if (stamps.length === 0) return;
      delivered.push(...stamps);
      const latest = latestInput;
      if (latest && !latestPresented && stamps.some((stamp) => same(stamp, latest))) {
        latestPresented = true;
        state.inputFramesPending = false;
      }
      if (delivered.length > 200) delivered.splice(0, delivered.length - 200);
      // web-vitals' observer was registered first, so it got these entries first and queued its idle
      // callback (where it processes them) before this one: when this runs, its INP includes them.
      // Until then the read waits (unprocessedEntries), whether or not an input awaited them: an
      // entry delivered late (a slow paint) otherwise lost to the read when idle periods were scarce.
      state.unprocessedEntries++;
      const done = (): void => {
        state.unprocessedEntries--;
        for (const stamp of stamps) {
          for (let i = awaiting.length - 1; i >= 0; i--) if (same(awaiting[i]!, stamp)) awaiting.splice(i, 1);
        }
        sync();
      };
      // Same 1 s cap as web-vitals' own idle callback, and through the same scheduler, so this one
      // still runs after it, in the browser's idle period or in a flush.
      idle.requestIdle(done, { timeout: 1000 });
    };
    new PerformanceObserver(onEvents).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
    new PerformanceObserver(onEvents).observe({ type: 'first-input', buffered: true });
  } catch {
    // Event Timing unsupported: INP will be reported missing with that reason.
  }
}
