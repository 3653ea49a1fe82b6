import { describe, expect, it } from 'vitest';
import { applyThrottling, resolveThrottling, THROTTLING_PRESETS } from './presets.js';

describe('throttling presets', () => {
  it("match Lighthouse's mobile (DevTools-adjusted slow 4G, 4× CPU) and desktop presets", () => {
    expect(THROTTLING_PRESETS.mobile).toEqual({ name: 'mobile', cpuSlowdown: 4, rttMs: 562.5, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 675 });
    expect(THROTTLING_PRESETS.desktop).toMatchObject({ cpuSlowdown: 1, rttMs: 40, downloadKbps: 10240 });
  });
  it('rejects unknown names and bad numbers naming the key', () => {
    expect(() => resolveThrottling('3g' as 'mobile')).toThrow(/use.perf.throttling is "3g".*"none", "desktop", "mobile"/);
    expect(() => resolveThrottling({ cpuSlowdown: 0.5 })).toThrow(/cpuSlowdown is 0.5.*≥ 1/);
  });
  it('sends CDP commands in CDP units (bytes/s)', async () => {
    const sent: Array<[string, unknown]> = [];
    await applyThrottling({ send: async (m, p) => void sent.push([m, p]) }, THROTTLING_PRESETS.mobile);
    expect(sent).toEqual([
      ['Emulation.setCPUThrottlingRate', { rate: 4 }],
      ['Network.enable', undefined],
      ['Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 }],
    ]);
    sent.length = 0;
    await applyThrottling({ send: async (m, p) => void sent.push([m, p]) }, THROTTLING_PRESETS.none);
    expect(sent).toEqual([]);
  });
});
