/**
 * Formatting shared by the matchers' failure messages: values with units and a one-line attribution.
 */
import type { MetricUnit } from '@perfgate/core';
/** `2,345 ms`, `0.132`, `1.2 MB`. */
export declare function formatValue(value: number, unit: MetricUnit): string;
/** The most telling part of an attribution, on one line (≤ 160 characters). */
export declare function attributionLine(attribution: Record<string, unknown> | undefined): string;
/** A plain text table with padded columns. */
export declare function table(header: string[], rows: string[][]): string;
//# sourceMappingURL=format.d.ts.map