// The flow without perfgate: Playwright's own test. BENCH_REPEAT copies in one file, so they share a
// worker and its browser like a real suite (--repeat-each would start a new worker, and a new
// browser, for every copy and measure browser launches instead).
import { test, expect } from '@playwright/test';

for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 10); i++) {
  test(`dashboard flow ${i}`, async ({ page }) => {
    await page.goto('/');
    await page.click('#refresh');
    await expect(page.locator('#out')).toHaveText('refreshed');
  });
}
