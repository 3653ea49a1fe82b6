/**
 * Budget values may be written as plain numbers (in the metric's unit) or as strings with a unit:
 * sizes `"244 kB"`, `"1 MB"`, `"50KiB"`, `"900 B"` → bytes; durations `"2.5s"`, `"200 ms"` → ms.
 * kB/KB/MB are decimal (1 kB = 1000 bytes, as size-limit and bundlewatch print); KiB/MiB are binary.
 */

const SIZE_FACTORS: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 * 1000,
  gb: 1000 * 1000 * 1000,
  kib: 1024,
  mib: 1024 * 1024,
  gib: 1024 * 1024 * 1024,
};

const TIME_FACTORS: Record<string, number> = { ms: 1, s: 1000 };

const PATTERN = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$/;

/** Kind of a parsed quantity string. */
export type QuantityKind = 'bytes' | 'ms';

/** A parsed quantity: value in bytes or ms. */
export interface Quantity {
  value: number;
  kind: QuantityKind;
}

/**
 * Parses `"244 kB"` (→ 244000 bytes) or `"2.5s"` (→ 2500 ms). Returns `undefined` when the string is not
 * a number followed by a known unit.
 */
export function parseQuantity(text: string): Quantity | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const size = SIZE_FACTORS[unit];
  if (size !== undefined) return { value: Math.round(n * size), kind: 'bytes' };
  const time = TIME_FACTORS[unit];
  if (time !== undefined) return { value: n * time, kind: 'ms' };
  return undefined;
}
