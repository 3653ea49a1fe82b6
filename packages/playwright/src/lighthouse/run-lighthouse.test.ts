import { describe, expect, it } from 'vitest';
import { lighthouseLaunchOptions } from './run-lighthouse.js';

describe('lighthouseLaunchOptions', () => {
  it("reuses the test's launch options and adds the debugging port", () => {
    expect(lighthouseLaunchOptions({ executablePath: '/opt/chromium', args: ['--a', '--remote-debugging-pipe'], headless: true }, 9222)).toEqual({
      executablePath: '/opt/chromium',
      args: ['--a', '--remote-debugging-port=9222'],
      headless: true,
    });
  });
});
