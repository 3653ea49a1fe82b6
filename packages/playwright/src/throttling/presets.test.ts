import { describe, expect, it } from 'vitest';
import { applyThrottling, resolveThrottling, THROTTLING_PRESETS } from './presets.js';

describe('throttling presets', () => {
  it("match Lighthouse's mobile (DevTools-adjusted slow 4G, 4× CPU) and desktop presets", () => {
    expect(THROTTLING_PRESETS.mobile).toEqual({ name: 'mobile', cpuSlowdown: 4, rttMs: 562.5, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 675 });
    // Desktop in the same DevTools form: desktopDense4G's 40 ms RTT × 3.75, 10 Mbps × 0.9.
    expect(THROTTLING_PRESETS.desktop).toEqual({ name: 'desktop', cpuSlowdown: 1, rttMs: 150, downloadKbps: 9216, uploadKbps: 9216 });
  });
  it('names custom conditions from their values, so different settings are never compared', () => {
    expect(resolveThrottling({ cpuSlowdown: 4, rttMs: 150 }).name).toBe('custom(cpu4,rtt150,down0,up0)');
    expect(resolveThrottling({ cpuSlowdown: 2 }).name).not.toBe(resolveThrottling({ cpuSlowdown: 3 }).name);
    expect(resolveThrottling({ name: 'wifi', rttMs: 12.345, downloadKbps: 5000 }).name).toBe('wifi(cpu1,rtt12.35,down5000,up0)');
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
