import { describe, expect, it } from 'vitest';
import { chooseBrowser, perfgateLaunchOptions, SYSTEM_CHROMIUM_ARGS } from './launch-options.js';

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
