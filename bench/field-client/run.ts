/**
 * What `<PerfgateVitals>` costs a real page, measured in Chromium against the field fixture
 * (packages/next/test/field-fixture: the same page with and without the component):
 * - wire: bytes per beacon (body, and request headers as Chromium sends them) → bytes per minute;
 * - main thread: long tasks, CDP TaskDuration/ScriptDuration, JS heap after GC, script bytes transferred,
 *   and the CPU self time of the scripts holding perfgate's client and web-vitals (CDP profiler, 0.1 ms sampling).
 * Usage: pnpm --filter @perfgate/bench field-client   (env: ROUNDS=10, SKIP_BUILD=1 to reuse .next)
 */
import { cpus } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { buildFixture, CHROMIUM, CHROMIUM_ARGS, startFixture, type FixtureApp } from '../../packages/next/test/field-fixture-app.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 10);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Hides the page without unloading it, so the beacon is visible to the DevTools protocol. */
const simulateHide = () => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
};

async function wireBytes(browser: Browser, app: FixtureApp, prefix: string) {
  const out: Array<{ body: number; headers: number }> = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const seen = new Promise<{ body: number; headers: number }>((resolve) => {
      page.on('requestfinished', async (r) => {
        if (!r.url().endsWith('/api/vitals')) return;
        const s = await r.sizes();
        resolve({ body: s.requestBodySize, headers: s.requestHeadersSize });
      });
    });
    await page.goto(`${app.origin}${prefix}/campaigns/${1000 + i}?utm_source=newsletter`, { waitUntil: 'networkidle' });
    await page.click('#work');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2_000 })));
    await page.evaluate(simulateHide);
    out.push(await seen);
    await ctx.close();
  }
  return out;
}

interface Cost { longTasks: number; longTaskMs: number; taskMs: number; scriptMs: number; heapKB: number; scriptKB: number; ownCpuMs: number }

/** Script text that only perfgate's client and web-vitals contain (the bare page is the control: ~0 ms). */
const OWN_MARKERS = ['largestShiftTarget', 'sendBeacon'];

async function pageCost(browser: Browser, url: string): Promise<Cost> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const g = globalThis as unknown as { __lt: number[] };
    g.__lt = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => g.__lt.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  // CPU profile of the whole load, to attribute main-thread time to the scripts that are perfgate's own.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2_000 })));
  const { profile } = await cdp.send('Profiler.stop');
  const scriptUrls = [...new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith('http')))];
  const own = new Set<string>();
  for (const u of scriptUrls) {
    const text = await (await fetch(u)).text();
    if (OWN_MARKERS.some((m) => text.includes(m))) own.add(u);
  }
  const perSampleMs = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const ownCpuMs = profile.nodes.filter((n) => own.has(n.callFrame.url)).reduce((sum, n) => sum + (n.hitCount ?? 0) * perSampleMs, 0);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  const inPage = await page.evaluate(() => ({
    lt: (globalThis as unknown as { __lt: number[] }).__lt,
    scriptBytes: performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js')).reduce((s, e) => s + (e as PerformanceResourceTiming).transferSize, 0),
  }));
  await ctx.close();
  return {
    longTasks: inPage.lt.length,
    longTaskMs: inPage.lt.reduce((s, d) => s + d, 0),
    taskMs: get('TaskDuration') * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    heapKB: get('JSHeapUsedSize') / 1024,
    scriptKB: inPage.scriptBytes / 1024,
    ownCpuMs,
  };
}

if (!process.env.SKIP_BUILD) buildFixture();
const app = await startFixture();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const wire = await wireBytes(browser, app, '');
  const wireFetch = await wireBytes(browser, app, '/fetch');
  const with_: Cost[] = [];
  const without: Cost[] = [];
  await pageCost(browser, `${app.origin}/campaigns/1`); // warm the server's route caches
  await pageCost(browser, `${app.origin}/bare/campaigns/1`);
  for (let i = 0; i < ROUNDS; i++) {
    // Interleave, and swap which side goes first every round, so drift on a shared machine hits both alike.
    const measured = () => pageCost(browser, `${app.origin}/campaigns/${i + 2}`);
    const bare = () => pageCost(browser, `${app.origin}/bare/campaigns/${i + 2}`);
    if (i % 2 === 0) {
      with_.push(await measured());
      without.push(await bare());
    } else {
      without.push(await bare());
      with_.push(await measured());
    }
  }
  const version = browser.version();
  console.log(`\n<PerfgateVitals> client cost — Chromium ${version} headless, node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, fixture packages/next/test/field-fixture (next build, Turbopack), ${ROUNDS} page loads per side, medians\n`);
  console.log('| wire, one request per page view (bytes) | transport "beacon" (default) | transport "fetch" |');
  console.log('|---|---|---|');
  const sides = [wire, wireFetch].map((w) => ({ body: median(w.map((x) => x.body)), headers: median(w.map((x) => x.headers)) }));
  const row = (label: string, f: (x: { body: number; headers: number }) => number) => console.log(`| ${label} | ${sides.map((x) => Math.round(f(x))).join(' | ')} |`);
  row('beacon body (all 5 metrics, JSON)', (x) => x.body);
  row('request headers as sent by Chromium (no cookies set; beacon: Referer with the page URL)', (x) => x.headers);
  row('per page view, body + headers', (x) => x.body + x.headers);
  for (const [views, rate] of [[1, 1], [6, 1], [6, 0.1]] as const) {
    row(`per minute: ${views} page view(s)/min, sampleRate ${rate}`, (x) => (x.body + x.headers) * views * rate);
  }
  const keys: Array<[keyof Cost, string]> = [['longTasks', 'long tasks (count)'], ['longTaskMs', 'long-task time (ms)'], ['taskMs', 'main-thread task time, CDP TaskDuration (ms)'], ['scriptMs', 'script time, CDP ScriptDuration (ms)'], ['heapKB', 'JS heap after GC (KB)'], ['scriptKB', 'script bytes transferred (KB)'], ['ownCpuMs', 'CPU self time in perfgate/web-vitals scripts, CDP profiler (ms)']];
  console.log('\n| main thread, load + idle | with <PerfgateVitals> | without | difference |');
  console.log('|---|---|---|---|');
  for (const [k, label] of keys) {
    const a = median(with_.map((c) => c[k]));
    const b = median(without.map((c) => c[k]));
    console.log(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b >= 0 ? '+' : '') + (a - b).toFixed(1)} |`);
  }
  const spread = (xs: Cost[], k: keyof Cost) => `${Math.min(...xs.map((c) => c[k])).toFixed(1)}–${Math.max(...xs.map((c) => c[k])).toFixed(1)}`;
  console.log(`\nrange of task time: with ${spread(with_, 'taskMs')} ms, without ${spread(without, 'taskMs')} ms (run-to-run noise on this machine)`);
} finally {
  await browser.close();
  await app.stop();
}
