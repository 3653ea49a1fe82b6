/**
 * The zod-4 schema of `perfgate.config.*`. Defaults are filled here; {@link parseConfig} turns zod's
 * issues into a {@link PerfgateConfigError}. Sections owned by other parts of perfgate (`history`,
 * `exporters`, `alerts`, `field`) are accepted as objects and passed through for their owners to
 * validate.
 */
import { z } from 'zod';
import { getMetric, METRICS } from '../metrics.js';
import { COMPARE_METHODS } from '../stats/compare-types.js';
import { parseQuantity } from './units.js';

const METRIC_IDS = Object.keys(METRICS);

/** A budget number: a non-negative number in the metric's unit, or a string like `"244 kB"` / `"2.5s"`. */
const limitValue = z.union([z.number().nonnegative(), z.string()]);

const limitPair = z.strictObject({
  /** Above this → warning (metric's unit). */
  warn: limitValue.optional(),
  /** Above this → error, fails the gate (metric's unit). */
  error: limitValue.optional(),
});

const metricKey = z.string().refine((k) => METRIC_IDS.includes(k) || /^custom:.+/.test(k), {
  message: `a metric id (${METRIC_IDS.join(', ')}) or "custom:<name>"`,
});

const routeBudget = z.strictObject({
  /** Route glob(s), picomatch syntax: `/`, `/campaigns/**`, `/(marketing)/*`. */
  match: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  metrics: z.record(metricKey, limitPair),
});

const buildBudgets = z.strictObject({
  js: limitPair.optional(),
  css: limitPair.optional(),
  media: limitPair.optional(),
  total: limitPair.optional(),
});

const throttlingObject = z.strictObject({
  /** CPU slowdown multiplier (unitless, 1 = none). */
  cpuSlowdown: z.number().min(1).default(1),
  /** Round-trip time (ms). */
  rttMs: z.number().nonnegative().default(0),
  /** Download throughput (kilobits per second); 0 = unthrottled. */
  downloadKbps: z.number().nonnegative().default(0),
  /** Upload throughput (kilobits per second); 0 = unthrottled. */
  uploadKbps: z.number().nonnegative().default(0),
  /** Name recorded with samples so different presets are never compared. */
  name: z.string().min(1).default('custom'),
});

/** Open section: any object, validated later by its owner. */
const openSection = z.looseObject({});

export const configSchema = z.strictObject({
  /** JSON configs may point editors at `@perfgate/core/config.schema.json`; ignored. */
  $schema: z.string().optional(),
  /** Directory for baseline, history and reports, relative to the config's directory. */
  storageDir: z.string().min(1).default('.perfgate'),
  budgets: z
    .strictObject({
      routes: z.array(routeBudget).default([]),
      build: buildBudgets.default({}),
    })
    .default({ routes: [], build: {} }),
  regression: z
    .strictObject({
      /** Significance level (unitless), family-wise across a run's comparisons. */
      alpha: z.number().gt(0).lt(1).default(0.01),
      /** Smallest relative change that can be a regression (unitless, 0.10 = 10%). */
      minRelativeChange: z.number().min(0).default(0.1),
      /** Per-metric floors (metric's unit): changes smaller than this never regress. */
      floors: z.record(metricKey, z.number().nonnegative()).default({}),
      /** Which regressions fail the gate: `any` regressed verdict, only `warning`+ / `critical`, or `never` (report only; error budgets still fail). */
      failOn: z.enum(['any', 'warning', 'critical', 'never']).default('any'),
      /** Multiple-comparison correction over a run's route × metric comparisons. */
      correction: z.enum(['holm', 'bh', 'none']).default('holm'),
      /**
       * Comparison method for sampled metrics (`compareSamples`; docs/statistics.md). `auto`: rank test
       * with one baseline run, run medians with several. `z-score`: the seed's rule (z ≥ 2 and ≥ 15%
       * unless `minRelativeChange` is set to another value than 0.10), kept for continuity; it is not a
       * controlled test. Bundle metrics are always compared exactly.
       */
      method: z.enum(COMPARE_METHODS).default('auto'),
      /** Bundle metrics regress only when they grow by more than both limits. */
      bundle: z
        .strictObject({
          /** Allowed growth vs baseline (percent, 5 = 5%). Default: `minRelativeChange`. */
          maxIncreasePercent: z.number().min(0).optional(),
          /** Allowed growth vs baseline (bytes or `"2 kB"`). Default: the metric floor (1 KiB). */
          maxIncreaseBytes: limitValue.optional(),
        })
        .default({}),
    })
    .default({ alpha: 0.01, minRelativeChange: 0.1, floors: {}, failOn: 'any', correction: 'holm', method: 'auto', bundle: {} }),
  baseline: z
    .strictObject({
      /** `rolling`: keep the last runs, skip regressed ones; `manual`: candidate + accept; `auto-stable`: only passing, low-spread runs. */
      strategy: z.enum(['rolling', 'manual', 'auto-stable']).default('rolling'),
      /** How many runs per route × metric to keep. */
      keepRuns: z.number().int().min(1).max(100).default(5),
      /** Drop runs older than this many days (relative to the newest run). */
      maxAgeDays: z.number().positive().optional(),
      /** `auto-stable`: largest coefficient of variation (unitless) of a run's samples. */
      maxCv: z.number().positive().default(0.1),
    })
    .default({ strategy: 'rolling', keepRuns: 5, maxCv: 0.1 }),
  bundle: z
    .strictObject({
      /**
       * Sizes measured per chunk. Default: raw and gzip, plus brotli when a budget or `gateMetric` names a
       * `bundle.*.brotli` metric (brotli-11 costs ~1 s per MB of chunks on a cold cache; gzip-9 ~25 ms).
       * Resolved by `bundleCompressions(config)`.
       */
      compression: z.array(z.enum(['raw', 'gzip', 'brotli'])).min(1).optional(),
      /** Brotli quality 0–11. */
      brotliQuality: z.number().int().min(0).max(11).default(11),
      /** The metric the route budgets default to and the gate headlines. */
      gateMetric: metricKey.default('bundle.js.gzip'),
    })
    .default({ brotliQuality: 11, gateMetric: 'bundle.js.gzip' }),
  lab: z
    .strictObject({
      /** Samples per flow (runs of a page load). */
      runs: z.number().int().min(1).default(5),
      /** Throttling preset or custom conditions. */
      throttling: z.union([z.enum(['none', 'desktop', 'mobile']), throttlingObject]).default('none'),
    })
    .default({ runs: 5, throttling: 'none' }),
  history: openSection.optional(),
  exporters: openSection.optional(),
  alerts: openSection.optional(),
  field: openSection.optional(),
});

/** What users write (numbers or unit strings, defaults optional). */
export type PerfgateConfigInput = z.input<typeof configSchema>;

type Parsed = z.output<typeof configSchema>;

/** Limits resolved to numbers (metric's unit). */
export interface BudgetLimits {
  warn?: number;
  error?: number;
}

/** A route budget with resolved numbers. */
export interface RouteBudget {
  match: string[];
  metrics: Record<string, BudgetLimits>;
}

/** Build-wide totals (bytes). */
export interface BuildBudgets {
  js?: BudgetLimits;
  css?: BudgetLimits;
  media?: BudgetLimits;
  total?: BudgetLimits;
}

/** The `budgets` section after parsing. */
export interface BudgetsConfig {
  routes: RouteBudget[];
  build: BuildBudgets;
}

/** The validated config with every default filled and every unit string resolved. */
export interface PerfgateConfig extends Omit<Parsed, 'budgets' | 'regression'> {
  budgets: BudgetsConfig;
  regression: Omit<Parsed['regression'], 'bundle'> & {
    bundle: { maxIncreasePercent?: number; maxIncreaseBytes?: number };
  };
}

/** Expected unit kind of a metric, for unit strings. */
export function unitKindOf(metricId: string): 'bytes' | 'ms' | 'unitless' {
  return getMetric(metricId).unit;
}

export { parseQuantity };

/** The config's JSON Schema (input form), for editor completion in `perfgate.config.json`. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
