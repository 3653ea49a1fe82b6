import { test, expect } from './fixtures.js';

test('debug', async ({ page, perf, site }) => {
  await page.goto('/inp');
  await page.click('#slow');
  const r = await perf.collect();
  console.log(JSON.stringify(r, null, 1));
  await page.close({ runBeforeUnload: true });
  await new Promise((res) => setTimeout(res, 500));
  console.log(site.beacons);
});
