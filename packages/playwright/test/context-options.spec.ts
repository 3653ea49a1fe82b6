/**
 * perf.sample() runs each flow in a fresh context: that context must carry the test's context
 * options (real Chromium; the loopback site records each request's headers).
 */
import { test, expect } from './fixtures.js';

test.use({
  extraHTTPHeaders: { 'x-perfgate-test': 'sample-run' },
  storageState: { cookies: [{ name: 'session', value: 'abc123', domain: '127.0.0.1', path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' }], origins: [] },
  locale: 'de-DE',
  userAgent: 'perfgate-test-agent',
});

test("perf.sample() fresh contexts keep the test's extraHTTPHeaders, storageState cookie, locale and userAgent", async ({ perf, site }) => {
  const tag = `ctx-${process.pid}-${Date.now()}`;
  const set = await perf.sample(`/none?tag=${tag}`, { runs: 2 });
  expect(set.runs).toHaveLength(2);
  const hits = site.requests.filter((r) => r.url.includes(tag));
  expect(hits).toHaveLength(2);
  for (const h of hits) {
    expect(h.headers['x-perfgate-test']).toBe('sample-run');
    expect(String(h.headers.cookie)).toContain('session=abc123');
    expect(String(h.headers['accept-language'])).toMatch(/^de-DE/);
    expect(h.headers['user-agent']).toBe('perfgate-test-agent');
  }
});
