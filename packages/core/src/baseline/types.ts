import type { Measurement, MetricUnit } from '../model.js';

/** Current schema version of `.perfgate/baseline.json`. */
export const BASELINE_SCHEMA_VERSION = 1;

/** Identifies a baseline series: route × metric × environment (bundler, throttling preset, …). */
export interface BaselineKey {
  route: string;
  metric: Measurement['metric'];
  /** Environment key, e.g. `bundler=turbopack` or `browser=chromium,throttling=mobile`. */
  env: string;
}

/** The samples one run contributed to a series. */
export interface BaselineRun {
  /** Run id. */
  id: string;
  /** ISO 8601 run start time. */
  time: string;
  /** Git commit sha, when known. */
  sha?: string;
  /** The run's samples (metric's unit). */
  samples: number[];
}

/** One series in the baseline: a key and the samples of its last K runs, oldest first. */
export interface BaselineEntry extends BaselineKey {
  unit: MetricUnit;
  runs: BaselineRun[];
}

/** The content of `.perfgate/baseline.json` (and `baseline.candidate.json`). */
export interface BaselineData {
  schemaVersion: number;
  /** Entries by {@link formatBaselineKey}, sorted by key when written. */
  entries: Record<string, BaselineEntry>;
}
