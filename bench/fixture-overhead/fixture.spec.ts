// The same flow with the perf fixture set up but no collect(): what the fixture alone costs a test.
import { test, expect } from '@perfgate/playwright';

for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 10); i++) {
  test(`dashboard flow ${i}`, async ({ page, perf }) => {
    void perf;
    await page.goto('/');
    await page.click('#refresh');
    await expect(page.locator('#out')).toHaveText('refreshed');
  });
}
