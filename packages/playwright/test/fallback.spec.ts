/**
 * Runs in the `fallback` project, whose launchOptions name no browser: perfgate's `test` must find
 * Chromium itself (PERFGATE_CHROMIUM, Playwright's own, else the system one) and measure with it.
 */
import { chooseBrowser } from '@perfgate/playwright';
import { test, expect } from './fixtures.js';

test('with no executablePath configured, the fixture falls back to an installed Chromium by itself', async ({ page, perf, launchOptions }) => {
  const choice = chooseBrowser();
  if (choice.source === 'playwright') expect(launchOptions.executablePath).toBeUndefined();
  else expect(launchOptions.executablePath).toBe(choice.executablePath);
  await page.goto('/none');
  const r = await perf.collect();
  expect(r.metrics.FCP?.status).toBe('measured');
});
