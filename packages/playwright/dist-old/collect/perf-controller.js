import { perfgateInitScript } from '../inject/web-vitals-script.js';
import { applyThrottling } from '../throttling/presets.js';
import { buildResults } from './build-results.js';
import { readPageSnapshot } from './page-snapshot.js';
import { mergeRuns } from './sample-set.js';
import { runLighthouse } from '../lighthouse/run-lighthouse.js';
/** Registers perfgate on a context (init script) — call before the first navigation. */
export async function preparePerfContext(context) {
    await context.addInitScript({ content: perfgateInitScript() });
}
/** The controller behind the `perf` fixture. */
export class PerfController {
    page;
    options;
    browser;
    contextOptions;
    defaultRuns;
    launchOptions;
    /** Every result collected in this test, in order (what the reporter receives). */
    collected = [];
    handles = new Map();
    constructor(page, options, browser, contextOptions, defaultRuns, 
    /** The test's launch options (executable, args, …), reused by {@link lighthouse}. */
    launchOptions) {
        this.page = page;
        this.options = options;
        this.browser = browser;
        this.contextOptions = contextOptions;
        this.defaultRuns = defaultRuns;
        this.launchOptions = launchOptions;
    }
    /** Prepares a page: CDP session, Performance domain, throttling (once per page). */
    attach(page) {
        let handle = this.handles.get(page);
        if (!handle) {
            handle = (async () => {
                const cdp = await page.context().newCDPSession(page);
                // Independent commands: one round trip instead of several (CDP keeps their order per session).
                await Promise.all([cdp.send('Performance.enable'), applyThrottling(cdp, this.options.throttling)]);
                return { page, cdp };
            })();
            this.handles.set(page, handle);
        }
        return handle;
    }
    /**
     * What a page needs before its first navigation: the CDP session when throttling must apply from
     * the start. Without throttling the session is opened in the background, while the test drives the
     * page, so neither the fixture nor `collect()` waits for its round trips (a failure surfaces in
     * `collect()`, which awaits the same promise).
     */
    async prepare(page) {
        if (this.needsEarlyAttach())
            await this.attach(page);
        else
            this.attach(page).catch(() => undefined);
    }
    needsEarlyAttach() {
        const t = this.options.throttling;
        return t.cpuSlowdown !== 1 || t.rttMs > 0 || t.downloadKbps > 0 || t.uploadKbps > 0;
    }
    /**
     * Measures the current page: LCP, FCP, CLS, INP, TTFB, lab TBT (with attribution), JS heap and
     * transfer size, User Timing measures, API times, heap growth since {@link markHeap}. A metric
     * that cannot be measured is returned with `status: 'missing'` and a reason.
     */
    async collect(options = {}, page = this.page) {
        const result = await this.read(page, options);
        this.collected.push(result);
        return result;
    }
    /** Records the JS heap after a forced GC (bytes); later `collect()`s report `custom:heap-growth`. */
    async markHeap(page = this.page) {
        const h = await this.attach(page);
        h.heapMark = await this.heapAfterGc(h.cdp);
        return h.heapMark;
    }
    /**
     * Measures a flow `runs` times, each in a fresh context (cold cache), and returns the samples.
     * The runs are recorded as one set for the reporter.
     */
    async sample(target, options = {}) {
        const runs = options.runs ?? this.options.runs ?? this.defaultRuns;
        const results = [];
        for (let i = 0; i < runs; i++) {
            const context = await this.browser.newContext(this.contextOptions);
            try {
                await preparePerfContext(context);
                const page = await context.newPage();
                await this.prepare(page);
                if (typeof target === 'string')
                    await page.goto(target);
                else
                    await target(page);
                results.push(await this.read(page, options));
            }
            finally {
                await context.close();
            }
        }
        const set = mergeRuns(results, options.route);
        this.collected.push(...results.map((r) => ({ ...r, route: set.route })));
        return set;
    }
    /**
     * Optional Lighthouse lab audit of `url` (relative URLs use `baseURL`): LCP, FCP, CLS, TBT and
     * `custom:speed-index`, with the performance score in the attribution. Needs the `lighthouse`
     * package; takes several seconds per call. Recorded under throttling `lighthouse-<formFactor>`.
     * Lighthouse drives a second Chromium launched with the test's own `launchOptions` (same
     * executable, channel and args) plus a remote debugging port: Playwright's browser talks over a
     * pipe and has no port Lighthouse could connect to.
     */
    async lighthouse(url, options = {}) {
        const absolute = new URL(url, this.contextOptions.baseURL ?? this.page.url()).href;
        const result = await runLighthouse(absolute, options, this.launchOptions);
        this.collected.push(result);
        return result;
    }
    async read(page, options) {
        const attached = this.attach(page);
        // The CDP side (session, heap read) runs while the page settles (page.evaluate), not after it.
        const [snapshot, heap, h] = await Promise.all([
            readPageSnapshot(page, this.options.settleTimeoutMs),
            attached.then((a) => this.heapUsed(a.cdp)).then((value) => ({ value }), (error) => ({ reason: `CDP Performance.getMetrics failed: ${error.message}` })),
            attached,
        ]);
        let heapGrowth;
        if (h.heapMark !== undefined) {
            try {
                heapGrowth = { value: (await this.heapAfterGc(h.cdp)) - h.heapMark, mark: h.heapMark };
            }
            catch (error) {
                heapGrowth = { reason: `CDP heap read failed: ${error.message}` };
            }
        }
        const metrics = buildResults({
            snapshot,
            heap,
            ...(heapGrowth ? { heapGrowth } : {}),
            api: this.options.api,
            measures: this.options.measures,
            settleTimeoutMs: this.options.settleTimeoutMs,
        });
        return {
            route: options.route ?? new URL(snapshot.url).pathname,
            url: snapshot.url,
            throttling: this.options.throttling.name,
            browser: `chromium ${this.browser.version()}`,
            metrics,
        };
    }
    async heapUsed(cdp) {
        const { metrics } = (await cdp.send('Performance.getMetrics'));
        const m = metrics.find((x) => x.name === 'JSHeapUsedSize');
        if (!m)
            throw new Error('no JSHeapUsedSize metric');
        return m.value;
    }
    async heapAfterGc(cdp) {
        await cdp.send('HeapProfiler.collectGarbage');
        return this.heapUsed(cdp);
    }
}
//# sourceMappingURL=perf-controller.js.map