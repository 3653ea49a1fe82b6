/**
 * Real Chromium against designed pages on 127.0.0.1: each metric is present, within tolerance of
 * what the page was built to produce, and identical to web-vitals' own (non-reportAllChanges)
 * callback values that the page beacons on hide.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { BLOCK_MS, FIRST_SHIFT_PX, HERO_DELAY_MS, MANY_RESOURCES, SHIFT_PX, VIEWPORT } from './site/pages.js';
import type { TestSite } from './site/server.js';
import type { PerfResult } from '@perfgate/playwright';

let runCounter = 0;
const runId = (): string => `${process.pid}-${++runCounter}`;

/** Closes the page so web-vitals' own callbacks report on hide, then waits for their beacons. */
async function referenceValues(page: Page, site: TestSite, run: string, names: string[]): Promise<Record<string, number>> {
  // On hide, web-vitals reports INP before it processes entries still waiting for its idle callback
  // (which collect() no longer waits for): let the page's pending idle callbacks run first. One
  // requested now runs after them (in the same idle period, or at its later timeout).
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(() => names.filter((n) => site.beacons.some((b) => b.run === run && b.name === n)).length, { timeout: 10_000 })
    .toBe(names.length);
  const out: Record<string, number> = {};
  // The last beacon per metric is web-vitals' final value.
  for (const b of site.beacons) if (b.run === run) out[b.name] = b.value;
  return out;
}

function expectIdentical(result: PerfResult, reference: Record<string, number>): void {
  for (const [name, value] of Object.entries(reference)) {
    expect(result.metrics[name]?.status, `${name} status`).toBe('measured');
    expect(result.metrics[name]?.value, `${name} equals web-vitals' own callback value`).toBe(value);
  }
}

test('delayed hero image: LCP ≈ its delay, attributed to the image, equal to web-vitals', async ({ page, perf, site }) => {
  const run = runId();
  await page.goto(`/lcp?run=${run}`);
  const r = await perf.collect();
  const lcp = r.metrics.LCP!;
  expect(lcp.status).toBe('measured');
  expect(lcp.value!).toBeGreaterThanOrEqual(HERO_DELAY_MS);
  expect(lcp.value!).toBeLessThan(HERO_DELAY_MS + 700);
  expect(String(lcp.attribution?.target)).toContain('hero');
  expect(String(lcp.attribution?.url)).toContain('/hero.png');
  for (const id of ['FCP', 'TTFB', 'CLS', 'TBT', 'heap', 'transfer']) expect(r.metrics[id]?.status, id).toBe('measured');
  expect(r.metrics.FCP!.value!).toBeLessThan(lcp.value!);
  expect(r.metrics.INP).toMatchObject({ status: 'missing', reason: expect.stringContaining('no interaction') });
  expectIdentical(r, await referenceValues(page, site, run, ['LCP', 'FCP', 'TTFB', 'CLS']));
});

test('large image still decoding after load: collect() waits for its paint, so LCP is the image on every run', async ({ page, perf }) => {
  const targets: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.goto(`/lcp-large?i=${i}`);
    const lcp = (await perf.collect()).metrics.LCP!;
    targets.push(`${lcp.status} ${String(lcp.attribution?.url ?? lcp.attribution?.target)}`);
  }
  expect(targets).toEqual(Array.from({ length: 10 }, () => expect.stringMatching(/^measured .*\/large\.png$/)));
});

test('late layout shift: CLS equals the designed shift score, attributed to the moved block', async ({ page, perf, site }) => {
  const run = runId();
  await page.goto(`/cls?run=${run}`);
  await page.locator('#banner').waitFor();
  const r = await perf.collect();
  // Layout Instability: impact fraction × distance fraction. The 300 px block moves down 100 px:
  // impact = 1280 × 400 / (1280 × 720); distance = 100 / max(1280, 720).
  const expected = ((VIEWPORT.width * (300 + SHIFT_PX)) / (VIEWPORT.width * VIEWPORT.height)) * (SHIFT_PX / Math.max(VIEWPORT.width, VIEWPORT.height));
  const cls = r.metrics.CLS!;
  expect(cls.status).toBe('measured');
  expect(cls.value!).toBeCloseTo(expected, 3);
  expect(String(cls.attribution?.largestShiftTarget)).toContain('content');
  expectIdentical(r, await referenceValues(page, site, run, ['LCP', 'FCP', 'TTFB', 'CLS']));
});

test('a layout shift made just before collect(), after a click: the read waits for the frame that renders it', async ({ context, perf, site }) => {
  // collect() skips its own frame wait once the page has rendered every change it saw. Here the
  // page announces the shift in the task that inserts the banner, so collect() starts before any
  // frame has rendered it; CLS already has a value (the small shift after load), so only the
  // render tracking makes the read wait for the frame.
  // The 100 px banner pushes the 20 px one and the 300 px block down 100 px: impact 420 px of 720, distance 100 of 1280.
  const designed = ((FIRST_SHIFT_PX + 300 + SHIFT_PX) / VIEWPORT.height) * (SHIFT_PX / Math.max(VIEWPORT.width, VIEWPORT.height));
  for (let i = 0; i < 5; i++) {
    const run = runId();
    const page = await context.newPage();
    let announce!: () => void;
    const shifted = new Promise<void>((resolve) => (announce = resolve));
    await page.exposeFunction('shifted', () => announce());
    await page.goto(`/cls-after-click?run=${run}`);
    await expect.poll(() => page.evaluate(() => (window as { __perfgate?: { vitals: Record<string, unknown> } }).__perfgate?.vitals.CLS !== undefined), { intervals: [20] }).toBe(true);
    await page.click('#later');
    await shifted;
    const r = await perf.collect({}, page);
    const cls = r.metrics.CLS!;
    expect(cls.status).toBe('measured');
    expect(cls.value!, `load ${i}: CLS without the designed shift`).toBeGreaterThanOrEqual(designed - 0.001);
    expect(String(cls.attribution?.largestShiftTarget)).toContain('content');
    expectIdentical(r, await referenceValues(page, site, run, ['CLS']));
  }
});

test('150 ms blocking click handler: INP ≥ 150 ms, attributed to the button; TBT counts the task', async ({ page, perf, site }) => {
  const run = runId();
  await page.goto(`/inp?run=${run}`);
  await page.click('#slow');
  const r = await perf.collect();
  const inp = r.metrics.INP!;
  expect(inp.status).toBe('measured');
  expect(inp.value!).toBeGreaterThanOrEqual(BLOCK_MS);
  expect(inp.value!).toBeLessThan(BLOCK_MS + 150);
  expect(inp.attribution?.interactionTarget).toBe('#slow');
  expect(inp.attribution?.processingDuration as number).toBeGreaterThanOrEqual(BLOCK_MS - 1);
  // Lab TBT: the handler is one long task of ≈150 ms → ≈100 ms beyond the 50 ms threshold.
  expect(r.metrics.TBT!.value!).toBeGreaterThanOrEqual(BLOCK_MS - 50 - 1);
  expect(r.metrics.TBT!.value!).toBeLessThan(BLOCK_MS + 150);
  expectIdentical(r, await referenceValues(page, site, run, ['LCP', 'FCP', 'TTFB', 'CLS', 'INP']));
});

test('no idle period after a click: collect() runs web-vitals\' idle-time processing itself; INP is what web-vitals reports', async ({ page, perf, site }) => {
  const run = runId();
  await page.goto(`/inp-no-idle?run=${run}`);
  await page.click('#slow');
  const r = await perf.collect();
  // web-vitals processes Event Timing entries in an idle callback (1 s timeout); the browser has not
  // run the one requested for the click's entries, yet INP is there.
  const processed = (): Promise<boolean> => page.evaluate(() => (window as unknown as { entriesProcessed: boolean }).entriesProcessed);
  expect(await processed(), 'the browser ran the idle callback for the click\'s entries before collect() returned').toBe(false);
  const inp = r.metrics.INP!;
  expect(inp.status, inp.reason).toBe('measured');
  expect(inp.value!).toBeGreaterThanOrEqual(BLOCK_MS);
  expect(inp.attribution?.interactionTarget).toBe('#slow');
  expectIdentical(r, await referenceValues(page, site, run, ['INP', 'LCP']));
});

test.describe('late paint', () => {
  // The slow click's paint takes ≈ 0.5 s here; the longer settle bound keeps a loaded CI machine from
  // turning it into "missing" (which would fail the test too, but for the wrong reason).
  test.use({ perfOptions: { settleTimeoutMs: 10_000 } });

  test('a slow click after a fast one: collect() waits for the slow click\'s late Event Timing entry, never reads the fast INP', async ({ page, perf }) => {
    const values: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`/inp-late-paint?i=${i}`);
      await page.click('#fast');
      await expect.poll(() => page.evaluate(() => (window as { __perfgate?: { vitals: Record<string, unknown> } }).__perfgate?.vitals.INP !== undefined), { intervals: [50] }).toBe(true);
      await page.click('#slow');
      const inp = (await perf.collect()).metrics.INP!;
      expect(inp.status, inp.reason).toBe('measured');
      values.push(inp.value!);
    }
    // Before the fix, the read came before the slow click's entry: INP 8 or 16 ms (the fast click).
    expect(Math.min(...values)).toBeGreaterThanOrEqual(BLOCK_MS);
  });

  test('a fast handler with a slow paint: collect() waits for the presentation, INP is what web-vitals reports once it has the entry', async ({ page, perf }) => {
    const inpNow = (): Promise<number | undefined> => page.evaluate(() => (window as { __perfgate?: { vitals: Record<string, { value: number }> } }).__perfgate?.vitals.INP?.value);
    for (let i = 0; i < 5; i++) {
      await page.goto(`/inp-late-paint?paint=${i}`);
      await page.click('#fast');
      await expect.poll(inpNow, { intervals: [50] }).toBeDefined();
      await page.click('#paint');
      const inp = (await perf.collect()).metrics.INP!;
      expect(inp.status, inp.reason).toBe('measured');
      // web-vitals' value a second later (collect() has blurred the button, so its idle callbacks run).
      await page.waitForTimeout(1000);
      const later = await inpNow();
      // Two frames after the click (the read before this fix): 8–24 ms, the fast click, in 20 of 20 loads.
      expect(inp.value, `load ${i}: collect() read INP before the paint's entry`).toBe(later);
      // The page really made presentation the slow part (≈ 400–600 ms with software raster here).
      expect(inp.value!).toBeGreaterThanOrEqual(100);
    }
  });
});

test.describe('custom metrics', () => {
  test.use({ perfOptions: { api: { slow: '/api/slow', never: /\/api\/never/ }, measures: ['checkout', 'absent'] } });

  test('User Timing, API response time and heap growth are named metrics; absent ones say why', async ({ page, perf }) => {
    await page.goto('/custom');
    await expect(page.locator('#out')).toHaveText('api done');
    await perf.markHeap();
    await page.click('h1');
    const r = await perf.collect();
    expect(r.metrics['custom:checkout']).toMatchObject({ status: 'measured', value: 123, unit: 'ms' });
    expect(r.metrics['custom:absent']).toMatchObject({ status: 'missing', reason: expect.stringContaining("performance.measure('absent')") });
    expect(r.metrics['custom:api:slow']!.status).toBe('measured');
    expect(r.metrics['custom:api:slow']!.value!).toBeGreaterThanOrEqual(200);
    expect(r.metrics['custom:api:never']).toMatchObject({ status: 'missing', reason: expect.stringContaining('no fetch/XHR request matched') });
    // 20,000 retained objects with 50-character strings: well over 500 KB.
    expect(r.metrics['custom:heap-growth']).toMatchObject({ status: 'measured', unit: 'bytes' });
    expect(r.metrics['custom:heap-growth']!.value!).toBeGreaterThan(500 * 1024);
  });
});

test('a page without interaction reports INP missing with the reason, never silently', async ({ page, perf }) => {
  await page.goto('/none');
  const r = await perf.collect();
  const statuses = Object.fromEntries(Object.values(r.metrics).map((m) => [m.metric, m.status]));
  expect(statuses).toEqual({ LCP: 'measured', FCP: 'measured', CLS: 'measured', INP: 'missing', TTFB: 'measured', TBT: 'measured', heap: 'measured', transfer: 'measured' });
  expect(r.metrics.INP!.reason).toMatch(/no interaction/);
});

test('INP is never missing in 50 consecutive runs (fresh context each, one browser)', async ({ perf }) => {
  const set = await perf.sample(
    async (page) => {
      await page.goto('/inp');
      await page.click('#slow');
    },
    { runs: 50 },
  );
  expect(set.runs).toHaveLength(50);
  expect(set.metrics.INP!.missingRuns).toEqual([]);
  expect(set.metrics.INP!.samples).toHaveLength(50);
  expect(Math.min(...set.metrics.INP!.samples)).toBeGreaterThanOrEqual(BLOCK_MS);
});

test.describe('mobile throttling', () => {
  test.use({ perfOptions: { throttling: 'mobile' } });

  test('is applied over CDP and recorded with the samples', async ({ page, perf }) => {
    await page.goto('/none');
    const r = await perf.collect();
    expect(r.throttling).toBe('mobile');
    // Lighthouse mobile adds 562.5 ms of request latency to every request (Chromium applies it
    // outside the document's navigation timing, so look at a subresource).
    const script = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('web-vitals'))!.duration);
    expect(script).toBeGreaterThanOrEqual(500);
  });
});

test.describe('custom CPU throttling', () => {
  test.use({ perfOptions: { throttling: { cpuSlowdown: 4 } } });

  test('really slows the page: a fixed busy loop takes ≈4× as long as in an unthrottled page', async ({ page, perf, browser }) => {
    // A fixed amount of work (not a fixed time), timed in the page; long enough for Chromium's time-sliced throttling.
    const busy = (p: Page): Promise<number> =>
      p.evaluate(() => {
        const t0 = performance.now();
        let x = 0;
        for (let i = 0; i < 30_000_000; i++) x += Math.sqrt(i);
        return performance.now() - t0 + (x < 0 ? 1 : 0);
      });
    const context = await browser.newContext();
    const plainPage = await context.newPage();
    await Promise.all([page.goto('/none'), plainPage.goto('/none')]);
    // Throttled and plain rounds alternate, so load on a shared machine hits both alike; the fastest
    // round of each is the one least disturbed.
    let throttled = Infinity;
    let plain = Infinity;
    for (let round = 0; round < 5; round++) {
      throttled = Math.min(throttled, await busy(page));
      plain = Math.min(plain, await busy(plainPage));
    }
    await context.close();
    const r = await perf.collect();
    expect(r.throttling).toBe('custom(cpu4,rtt0,down0,up0)');
    const ratio = throttled / plain;
    // Unthrottled, the ratio is ≈1. CPU contention compresses it (the plain page waits for a core too):
    // 2.1 was seen on a 2-core machine running two other benches, ≈4 on a quiet one.
    expect(ratio, `throttled ${throttled.toFixed(1)} ms vs ${plain.toFixed(1)} ms`).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(6.5);
  });
});

test('toMeetBudgets failure message shows metric, value, budget, verdict and attribution', async ({ page, perf }) => {
  await page.goto('/inp');
  await page.click('#slow');
  const r = await perf.collect();
  expect(r).toMeetBudgets({ INP: 1000, CLS: 0.1 });
  let message = '';
  try {
    expect(r).toMeetBudgets({ INP: 50, LCP: { warn: 10_000 } });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/INP\s+\d+ ms\s+error 50 ms\s+FAIL\s+interactionTarget=#slow/);
  expect(message).toMatch(/LCP\s+\d+ ms\s+warn 10,000 ms\s+ok/);
  expect(() => expect(r).toMeetBudgets({ 'custom:none': 5 })).toThrow(/no budget applies|custom:none\s+missing/);
});

test('more resources than the default timing buffer (250): all of them count in transfer', async ({ page, perf }) => {
  await page.goto('/many');
  await page.waitForLoadState('load');
  const r = await perf.collect();
  expect(r.metrics.transfer?.status).toBe('measured');
  const resources = r.metrics.transfer!.attribution?.resources as number;
  expect(resources).toBeGreaterThanOrEqual(MANY_RESOURCES);
});
