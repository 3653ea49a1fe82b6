// The flow without perfgate: Playwright's own test.
import { test, expect } from '@playwright/test';

test('dashboard flow', async ({ page }) => {
  await page.goto('/');
  await page.click('#refresh');
  await expect(page.locator('#out')).toHaveText('refreshed');
});
