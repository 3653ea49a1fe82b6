/**
 * The shared data model: every producer (bundler plugins, Playwright, field ingest) emits a {@link Run};
 * every consumer (gates, renderers, stores, exporters) reads a {@link RunReport}.
 * See DESIGN.md ("One flow").
 */
import type { MetricId } from './metrics.js';
import type { Comparison } from './stats/compare-types.js';

/** Where a run's numbers come from. */
export type RunSource = 'bundle' | 'lab' | 'field';

/** What produced a run, so that only like is compared with like. */
export interface RunEnvironment {
  /** `turbopack` | `webpack` | `vite` | … */
  bundler?: string;
  /** Browser name and version, for lab runs. */
  browser?: string;
  /** Throttling preset name (`desktop`, `mobile`, `none`, or a custom name). */
  throttling?: string;
  /** Free-form machine description (os, cpu count). */
  machine?: string;
  /** App name in a monorepo; prefixed to route keys in reports. */
  app?: string;
}

/** One metric on one route in one run. */
export interface Measurement {
  /** Route pattern (`/campaigns/[id]`), entry name, or test title for custom flows. */
  route: string;
  /** Metric id from the catalogue, or a custom metric (`custom:<name>`). */
  metric: MetricId | `custom:${string}`;
  /** Unit of every sample: `ms`, `bytes` or `unitless`. */
  unit: MetricUnit;
  /** Samples of this run. Bundle metrics have exactly one deterministic sample. */
  samples: number[];
  /** Optional attribution: LCP element, culprit chunks/modules, … */
  attribution?: Record<string, unknown>;
}

export type MetricUnit = 'ms' | 'bytes' | 'unitless';

/** A run: what one producer measured once (one build, one Playwright session, one field window). */
export interface Run {
  id: string;
  /** ISO 8601 start time. */
  startedAt: string;
  source: RunSource;
  git?: { sha?: string; branch?: string };
  environment: RunEnvironment;
  measurements: Measurement[];
}

/** Budget status of one route × metric. */
export interface BudgetStatus {
  status: 'ok' | 'warn' | 'error';
  /** The limit that was broken (same unit as the metric), or the error limit when ok. */
  limit?: number;
  /** The value compared with the limit (a single number: the sample, or the run's p75 for lab/field). */
  actual: number;
}

/** The verdict for one route × metric. */
export interface Verdict {
  route: string;
  metric: Measurement['metric'];
  unit: MetricUnit;
  /** Budget status, when a budget applies. */
  budget?: BudgetStatus;
  /** Baseline comparison, when a baseline exists. */
  comparison?: Comparison;
  attribution?: Record<string, unknown>;
}

export type Severity = 'info' | 'warning' | 'critical';

/** The report every consumer reads (the seed's `RegressionReport`, extended). */
export interface RunReport {
  /** ISO 8601 time the report was made. */
  timestamp: string;
  run: Run;
  verdicts: Verdict[];
  hasRegressions: boolean;
  hasBudgetErrors: boolean;
  /** Overall severity: the worst over regressed verdicts and budget errors. */
  severity: Severity;
  /** Regressed verdicts, most severe first. */
  regressions: Verdict[];
  recommendations: string[];
}
