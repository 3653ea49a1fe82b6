/**
 * perf.lighthouse() on real Chromium through Lighthouse's Node API, in a Chromium launched with the
 * test's own launchOptions: this file adds a host-resolver rule, and Lighthouse can only reach the
 * site under that made-up host name if its browser got the same args.
 */
import { perfgateLaunchOptions } from '@perfgate/playwright';
import { test, expect } from './fixtures.js';

const base = perfgateLaunchOptions();
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--host-resolver-rules=MAP perfgate-site.test 127.0.0.1'] } });

test("perf.lighthouse() audits the page through Lighthouse's Node API with the test's launch options (optional)", async ({ perf, site }) => {
  test.setTimeout(180_000);
  const port = new URL(site.origin).port;
  const r = await perf.lighthouse(`http://perfgate-site.test:${port}/lcp`);
  expect(r.throttling).toBe('lighthouse-desktop');
  for (const id of ['LCP', 'FCP', 'CLS', 'TBT', 'custom:speed-index']) expect(r.metrics[id]?.status, `${id}: ${r.metrics[id]?.reason}`).toBe('measured');
  // Lighthouse simulates (lantern), so only the order of paints is certain.
  expect(r.metrics.LCP!.value!).toBeGreaterThanOrEqual(r.metrics.FCP!.value!);
  expect(r.metrics.LCP!.attribution?.performanceScore).toEqual(expect.any(Number));
  expect(site.requests.some((q) => q.url === '/lcp' && q.headers.host === `perfgate-site.test:${port}`)).toBe(true);
});
