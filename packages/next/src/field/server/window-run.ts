import { getMetric, summarize, type Measurement, type Run } from '@perfgate/core';
import type { Series } from './series.js';
import type { FieldWindow } from './window-aggregator.js';

/** What a field measurement carries in `attribution.field` (read by reports: "field p75 next to lab"). */
export interface FieldSummary {
  /** Window bounds (ISO 8601) and length (ms). */
  windowStart: string;
  windowEnd: string;
  windowMs: number;
  /** Values received in the window (count). */
  count: number;
  /** 75th percentile of the window's (reservoir-sampled) values, core's `summarize` (metric's unit). */
  p75: number;
  /** Shares of values rated good / needs improvement / poor (unitless, 0..1, summing to 1). */
  good: number;
  needsImprovement: number;
  poor: number;
  /** Values kept as `samples` (count, ≤ count). */
  sampled: number;
}

/** Options of {@link windowToRun}. */
export interface WindowRunOptions {
  app?: string;
  git?: { sha?: string; branch?: string };
  random?: () => number;
}

/** Turns one closed window into a core Run with `source: 'field'`: one measurement per route × metric. */
export function windowToRun(window: FieldWindow, options: WindowRunOptions = {}): Run {
  const startedAt = new Date(window.start).toISOString();
  const suffix = Math.floor((options.random ?? Math.random)() * 36 ** 6).toString(36).padStart(6, '0');
  const run: Run = {
    id: `field-${startedAt}-${suffix}`,
    startedAt,
    source: 'field',
    environment: options.app ? { app: options.app } : {},
    measurements: window.series.map((s) => toMeasurement(s, window)),
  };
  if (options.git) run.git = { ...options.git };
  return run;
}

function toMeasurement(s: Series, window: FieldWindow): Measurement {
  const field: FieldSummary = {
    windowStart: new Date(window.start).toISOString(),
    windowEnd: new Date(window.end).toISOString(),
    windowMs: window.end - window.start,
    count: s.count,
    p75: summarize(s.samples).p75,
    good: s.good / s.count,
    needsImprovement: s.needsImprovement / s.count,
    poor: s.poor / s.count,
    sampled: s.samples.length,
  };
  const attribution: Record<string, unknown> = { field };
  if (s.targets.size > 0) {
    attribution.targets = [...s.targets.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([target, count]) => ({ target, count }));
  }
  return { route: s.route, metric: s.metric, unit: getMetric(s.metric).unit, samples: [...s.samples], attribution };
}
