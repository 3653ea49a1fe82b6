// Each variant interleaved test by test in one worker and one browser, so machine drift hits
// neighbours alike and run.mjs can pair them: bare (perfgate's `test` without requesting `perf`: no
// test fixture of perfgate's runs), fixture (requests `perf`, no collect), perf (+ one collect()),
// webvitals (web-vitals alone, no perfgate: its IIFE as init script, wait for its INP), initscript
// (an empty init script: what Playwright's addInitScript itself costs a test, whatever the script).
// Flows: the short one of bare.spec.ts, a typical E2E test on a static page (fill a sign-up form,
// submit, land on the dashboard, refresh) and, when BENCH_DEMO_URL is set, the same kind of test on
// a real Next.js app (apps/demo). The order inside each triple rotates so no variant always runs first.
import { test, expect, webVitalsIifePath, type PerfController } from '@perfgate/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';

// webvitals: the named alternative without perfgate — web-vitals' attribution IIFE (the same file
// perfgate injects) added with addInitScript, onINP with reportAllChanges, and after the flow a
// page.waitForFunction until it has reported: the least a Playwright test does to read web-vitals' INP.
const VARIANTS = ['bare', 'fixture', 'perf', 'webvitals', 'initscript'] as const;
const WEB_VITALS_ONLY = `${readFileSync(webVitalsIifePath(), 'utf8')}
;webVitals.onINP((m) => { window.__benchInp = m.value; }, { reportAllChanges: true });`;

// initscript: the floor of any tool that injects a script with addInitScript (perfgate, or web-vitals
// by hand): registering it on a context whose page exists is a round trip to that page's new renderer.
const EMPTY_SCRIPT = '/* bench: an empty init script */';

const demo = process.env.BENCH_DEMO_URL;

const FLOWS: Record<string, (page: Page) => Promise<void>> = {
  short: async (page) => {
    await page.goto('/');
    await page.click('#refresh');
    await expect(page.locator('#out')).toHaveText('refreshed');
  },
  signup: async (page) => {
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Plan').selectOption('team');
    await page.getByLabel('I accept the terms').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await page.click('#refresh');
    await expect(page.locator('#out')).toHaveText('refreshed');
  },
  // A real app (apps/demo, `next start`): dashboard → campaigns (client navigation) → sort → new
  // campaign form → fill and submit, as an E2E test of DomainFlow would.
  ...(demo
    ? {
        domainflow: async (page: Page) => {
          await page.goto(`${demo}/dashboard`);
          await page.getByRole('button', { name: 'Refresh' }).click();
          await expect(page.getByRole('heading', { name: 'Traffic, week 2' })).toBeVisible();
          await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
          await page.getByRole('button', { name: 'Sort by budget' }).click();
          await expect(page.locator('th[aria-sort="ascending"]')).toBeVisible();
          await page.getByRole('main').getByRole('link', { name: 'New campaign' }).click();
          await page.getByLabel('Campaign name').fill('Winter launch');
          await page.getByLabel('Channel').selectOption({ index: 1 });
          await page.getByLabel('Daily budget (USD)').fill('50');
          await page.getByLabel('Start date').fill('2026-12-10');
          await page.getByRole('button', { name: 'Create campaign' }).click();
          await expect(page.getByText('saved as draft')).toBeVisible();
        },
      }
    : {}),
};

async function collect(perf: PerfController, testInfo?: TestInfo): Promise<void> {
  const t0 = performance.now();
  const vitals = await perf.collect();
  testInfo?.annotations.push({ type: 'collect-ms', description: String(performance.now() - t0) });
  if (vitals.metrics.INP?.status !== 'measured') throw new Error(`INP missing: ${vitals.metrics.INP?.reason}`);
}

/** Records the test body's own time ("body-ms"): the rest of Playwright's duration is set-up and teardown. */
async function timed(testInfo: TestInfo, body: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  await body();
  testInfo.annotations.push({ type: 'body-ms', description: String(performance.now() - t0) });
}

// Not counted: the first test of a worker also pays the browser launch (worker fixtures).
test('warmup', async ({ page, perf }) => {
  await FLOWS.short!(page);
  await collect(perf);
});

for (const [name, flow] of Object.entries(FLOWS)) {
  for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 10); i++) {
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(i + k) % VARIANTS.length]!;
      const title = `${name} ${i} ${variant}`;
      if (variant === 'bare') test(title, async ({ page }, testInfo) => timed(testInfo, () => flow(page)));
      else if (variant === 'fixture') test(title, async ({ page, perf }, testInfo) => { void perf; await timed(testInfo, () => flow(page)); });
      else if (variant === 'perf') test(title, async ({ page, perf }, testInfo) => timed(testInfo, async () => { await flow(page); await collect(perf, testInfo); }));
      else if (variant === 'initscript')
        test(title, async ({ page }, testInfo) => {
          await page.context().addInitScript({ content: EMPTY_SCRIPT });
          await timed(testInfo, () => flow(page));
        });
      else
        test(title, async ({ page }, testInfo) => {
          await page.context().addInitScript({ content: WEB_VITALS_ONLY });
          await timed(testInfo, async () => {
            await flow(page);
            await page.waitForFunction(() => (window as unknown as { __benchInp?: number }).__benchInp !== undefined);
          });
        });
    }
  }
}
