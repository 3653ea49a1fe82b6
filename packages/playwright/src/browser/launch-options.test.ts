import { describe, expect, it } from 'vitest';
import { chooseBrowser, perfgateLaunchOptions, SYSTEM_CHROMIUM_ARGS, withBrowserFallback } from './launch-options.js';

describe('perfgateLaunchOptions', () => {
  it('uses PERFGATE_CHROMIUM with the quiet flags', () => {
    const o = perfgateLaunchOptions({ env: { PERFGATE_CHROMIUM: process.execPath }, args: ['--x'] });
    expect(o).toEqual({ executablePath: process.execPath, args: [...SYSTEM_CHROMIUM_ARGS, '--x'] });
  });
  it('names the variable and the fix when the path does not exist', () => {
    expect(() => chooseBrowser({ env: { PERFGATE_CHROMIUM: '/nope/chrome' } })).toThrow(/PERFGATE_CHROMIUM does not exist: \/nope\/chrome\. Fix:/);
  });
  it("picks Playwright's own browser or a system Chromium", () => {
    const c = chooseBrowser({ env: {} });
    expect(['playwright', 'system']).toContain(c.source);
    if (c.source === 'system') expect(c.executablePath).toMatch(/chrom/);
  });
});

describe('withBrowserFallback', () => {
  const env = { PERFGATE_CHROMIUM: process.execPath };
  it("applies PERFGATE_CHROMIUM (or the system Chromium) under the user's launch options", () => {
    expect(withBrowserFallback({ headless: true, args: ['--user'] }, 'chromium', { env })).toEqual({
      headless: true,
      executablePath: process.execPath,
      args: [...SYSTEM_CHROMIUM_ARGS, '--user'],
    });
  });
  it('leaves a chosen browser, other browsers and fallback: false alone', () => {
    expect(withBrowserFallback({ executablePath: '/opt/chrome' }, 'chromium', { env })).toEqual({ executablePath: '/opt/chrome' });
    expect(withBrowserFallback({ channel: 'chrome' }, 'chromium', { env })).toEqual({ channel: 'chrome' });
    expect(withBrowserFallback({}, 'firefox', { env })).toEqual({});
    expect(withBrowserFallback({}, 'chromium', { env, fallback: false })).toEqual({});
  });
  it('finds a browser with no configuration at all', () => {
    const o = withBrowserFallback({}, 'chromium', { env: {} });
    if (chooseBrowser({ env: {} }).source === 'playwright') expect(o).toEqual({});
    else expect(o.executablePath).toMatch(/chrom/);
  });
});
