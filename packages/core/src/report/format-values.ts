import type { MetricUnit } from '../model.js';

/** Formats a value in its unit: bytes as `B`/`kB`/`MB` (decimal, as size-limit prints), ms as `ms`/`s`. */
export function formatValue(value: number, unit: MetricUnit): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'bytes') {
    const abs = Math.abs(value);
    if (abs < 1000) return `${Math.round(value)} B`;
    if (abs < 1_000_000) return `${(value / 1000).toFixed(1)} kB`;
    return `${(value / 1_000_000).toFixed(2)} MB`;
  }
  if (unit === 'ms') {
    if (Math.abs(value) >= 10_000) return `${(value / 1000).toFixed(1)} s`;
    return `${Math.round(value)} ms`;
  }
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

/** `+12.3%` / `-4.0%` for a relative change (unitless, 0.123 = 12.3%). */
export function formatPercent(relative: number): string {
  if (!Number.isFinite(relative)) return '–';
  const pct = relative * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** `+12.3% (+1.2 kB)`: relative and absolute change. */
export function formatChange(relative: number, absolute: number, unit: MetricUnit): string {
  const abs = formatValue(absolute, unit);
  return `${formatPercent(relative)} (${absolute >= 0 ? '+' : ''}${abs})`;
}
