/** Throttling conditions; the `name` is recorded with every sample. */
export interface ThrottlingConditions {
    /**
     * Recorded in the run's environment; samples of different names are never compared. Custom
     * conditions are named from their values (`custom(cpu4,rtt150,down1600,up750)`), so different
     * settings never share a baseline.
     */
    name: string;
    /** CPU slowdown multiplier (unitless, 1 = none). */
    cpuSlowdown: number;
    /** Added request latency (ms). */
    rttMs: number;
    /** Download throughput (kilobits per second); 0 = unthrottled. */
    downloadKbps: number;
    /** Upload throughput (kilobits per second); 0 = unthrottled. */
    uploadKbps: number;
}
/**
 * What users write in `use: { perfOptions: { throttling } }`: a preset name, or custom conditions
 * (unset numbers are "no throttling"; `name` is a label put in front of the values).
 */
export type ThrottlingInput = 'none' | 'desktop' | 'mobile' | (Partial<ThrottlingConditions> & {
    name?: string;
});
/** The recorded name of custom conditions: `label(cpu4,rtt150,down1600,up750)` (ms, kbps). */
export declare function customThrottlingName(c: Omit<ThrottlingConditions, 'name'>, label?: string): string;
/** Lighthouse-matching presets. */
export declare const THROTTLING_PRESETS: Record<'none' | 'desktop' | 'mobile', ThrottlingConditions>;
/** Resolves a preset name or custom object to full conditions. */
export declare function resolveThrottling(input: ThrottlingInput | undefined): ThrottlingConditions;
/** A CDP session's `send`, narrowed to what throttling needs. */
export interface CdpSender {
    send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}
/** Applies conditions to a page through its CDP session. No-op parts are skipped. */
export declare function applyThrottling(cdp: CdpSender, c: ThrottlingConditions): Promise<void>;
//# sourceMappingURL=presets.d.ts.map