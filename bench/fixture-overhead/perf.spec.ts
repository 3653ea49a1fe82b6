// The same flow with the perf fixture and one collect() (all vitals, TBT, heap, transfer).
import { test, expect } from '@perfgate/playwright';

for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 10); i++) {
  test(`dashboard flow ${i}`, async ({ page, perf }, testInfo) => {
    await page.goto('/');
    await page.click('#refresh');
    await expect(page.locator('#out')).toHaveText('refreshed');
    const t0 = performance.now();
    const vitals = await perf.collect();
    testInfo.annotations.push({ type: 'collect-ms', description: String(performance.now() - t0) });
    if (vitals.metrics.INP?.status !== 'measured') throw new Error(`INP missing: ${vitals.metrics.INP?.reason}`);
  });
}
