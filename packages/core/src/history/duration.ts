import { DurationFormatError } from './errors.js';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses `"30m"`, `"24h"`, `"7d"`, `"2w"`, `"90s"` into milliseconds. Throws {@link DurationFormatError}. */
export function parseDuration(value: string, field = 'duration'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/.exec(value);
  if (!match) throw new DurationFormatError(field, value);
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

/**
 * Resolves a `since` option to an absolute time (ms since epoch): a duration (`"7d"`) back from `now`,
 * an ISO 8601 date, a `Date`, or a number (ms since epoch).
 */
export function resolveSince(since: string | number | Date, now: number = Date.now(), field = 'since'): number {
  if (typeof since === 'number') return since;
  if (since instanceof Date) return since.getTime();
  if (/^\s*\d+(?:\.\d+)?\s*[smhdw]\s*$/.test(since)) return now - parseDuration(since, field);
  const t = Date.parse(since);
  if (Number.isNaN(t)) throw new DurationFormatError(field, since);
  return t;
}
