/**
 * Throttling presets applied over CDP, matching Lighthouse's, both in the DevTools-throttling form
 * Lighthouse itself derives from its simulation constants (request latency = RTT × 3.75,
 * throughput × 0.9: `DEVTOOLS_RTT_ADJUSTMENT_FACTOR`, `DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR`):
 * - `mobile` is `mobileSlow4G` exactly as Lighthouse ships it for DevTools throttling
 *   (150 ms × 3.75 = 562.5 ms, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up, CPU 4×);
 * - `desktop` is `desktopDense4G` (40 ms RTT, 10 Mbps, CPU 1×) adjusted the same way
 *   (40 ms × 3.75 = 150 ms, 10 Mbps × 0.9 = 9,216 kbps both ways, as Lighthouse does for
 *   `mobileRegular3G`'s single throughput figure). Lighthouse leaves desktop's DevTools values unset
 *   because its desktop config only simulates; a preset applied to a real page needs real numbers.
 * Source: lighthouse core/config/constants.js → lantern simulation/Constants.js.
 */
import { PerfgateOptionError } from '../errors.js';
const num = (x) => String(Math.round(x * 100) / 100);
/** The recorded name of custom conditions: `label(cpu4,rtt150,down1600,up750)` (ms, kbps). */
export function customThrottlingName(c, label = 'custom') {
    return `${label}(cpu${num(c.cpuSlowdown)},rtt${num(c.rttMs)},down${num(c.downloadKbps)},up${num(c.uploadKbps)})`;
}
/** Lighthouse-matching presets. */
export const THROTTLING_PRESETS = {
    none: { name: 'none', cpuSlowdown: 1, rttMs: 0, downloadKbps: 0, uploadKbps: 0 },
    desktop: { name: 'desktop', cpuSlowdown: 1, rttMs: 40 * 3.75, downloadKbps: 10 * 1024 * 0.9, uploadKbps: 10 * 1024 * 0.9 },
    mobile: { name: 'mobile', cpuSlowdown: 4, rttMs: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9 },
};
/** Resolves a preset name or custom object to full conditions. */
export function resolveThrottling(input) {
    if (input === undefined)
        return THROTTLING_PRESETS.none;
    if (typeof input === 'string') {
        const preset = THROTTLING_PRESETS[input];
        if (!preset) {
            throw new PerfgateOptionError(`@perfgate/playwright: use.perf.throttling is "${input}". Fix: use "none", "desktop", "mobile" or { name, cpuSlowdown, rttMs, downloadKbps, uploadKbps }.`);
        }
        return preset;
    }
    const c = {
        name: '',
        cpuSlowdown: input.cpuSlowdown ?? 1,
        rttMs: input.rttMs ?? 0,
        downloadKbps: input.downloadKbps ?? 0,
        uploadKbps: input.uploadKbps ?? 0,
    };
    for (const key of ['cpuSlowdown', 'rttMs', 'downloadKbps', 'uploadKbps']) {
        const v = c[key];
        if (!Number.isFinite(v) || v < 0 || (key === 'cpuSlowdown' && v < 1)) {
            throw new PerfgateOptionError(`@perfgate/playwright: use.perf.throttling.${key} is ${String(v)}. Fix: a finite number${key === 'cpuSlowdown' ? ' ≥ 1' : ' ≥ 0'}.`);
        }
    }
    return { ...c, name: customThrottlingName(c, input.name ?? 'custom') };
}
/** Applies conditions to a page through its CDP session. No-op parts are skipped. */
export async function applyThrottling(cdp, c) {
    if (c.cpuSlowdown !== 1)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.cpuSlowdown });
    if (c.rttMs || c.downloadKbps || c.uploadKbps) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: c.rttMs,
            // CDP wants bytes per second; -1 disables.
            downloadThroughput: c.downloadKbps ? (c.downloadKbps * 1024) / 8 : -1,
            uploadThroughput: c.uploadKbps ? (c.uploadKbps * 1024) / 8 : -1,
        });
    }
}
//# sourceMappingURL=presets.js.map