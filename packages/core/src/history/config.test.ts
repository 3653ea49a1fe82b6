import { describe, expect, it } from 'vitest';
import { PerfgateConfigError } from '../config/errors.js';
import { parseHistoryConfig } from './config.js';
import { parseDuration, resolveSince } from './duration.js';

describe('parseHistoryConfig', () => {
  it('fills defaults', () => {
    expect(parseHistoryConfig(undefined)).toEqual({ enabled: true, dir: 'history', partition: 'month', retentionRuns: 2000, retentionDays: 365 });
  });
  it('names the file and key of a bad value', () => {
    expect(() => parseHistoryConfig({ retentionRuns: -1 }, 'perfgate.config.ts')).toThrow(PerfgateConfigError);
    expect(() => parseHistoryConfig({ retentionRuns: -1 }, 'perfgate.config.ts')).toThrow(/perfgate\.config\.ts[\s\S]*history\.retentionRuns: found -1/);
  });
});

describe('durations', () => {
  it('parses units and resolves since', () => {
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(resolveSince('30m', 10_000_000)).toBe(10_000_000 - 1_800_000);
    expect(resolveSince('2026-11-01T00:00:00Z')).toBe(Date.UTC(2026, 10, 1));
    expect(() => resolveSince('yesterday', 0, 'analyze --since')).toThrow(/analyze --since: found "yesterday"/);
  });
});
