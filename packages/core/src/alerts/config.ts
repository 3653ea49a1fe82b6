import { z } from 'zod';
import { PerfgateConfigError, problemsFromZod } from '../config/errors.js';

const retrySettings = {
  /** Per-attempt timeout (ms). */
  timeoutMs: z.number().int().positive().default(5000),
  /** Retries after the first attempt. */
  retries: z.number().int().min(0).max(10).default(2),
  /** First backoff (ms), doubled every retry. */
  backoffMs: z.number().int().min(0).default(250),
};

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name like PERFGATE_SLACK_WEBHOOK');

const alertmanagerChannel = z.strictObject({
  type: z.literal('alertmanager'),
  /** Alertmanager base URL (`http://alertmanager:9093`); not a secret. Use `urlEnv` to read it from the environment. */
  url: z.url().optional(),
  /** Environment variable holding the base URL. */
  urlEnv: envName.optional(),
  /** Environment variable holding a bearer token. */
  tokenEnv: envName.optional(),
  /**
   * Minutes a firing alert stays firing in Alertmanager after each send (its `endsAt`); perfgate re-sends
   * it on each evaluation past `suppressMinutes`. Set it above the time between evaluations (1500 for a
   * daily job), or Alertmanager resolves the alert between runs.
   */
  firingLifetimeMinutes: z.number().positive().default(60),
  ...retrySettings,
});

const webhookChannel = z.strictObject({
  type: z.literal('webhook'),
  /** Environment variable holding the webhook URL (URLs are secrets: never written in config). */
  urlEnv: envName,
  /** Environment variable holding a bearer token, when the receiver needs one. */
  tokenEnv: envName.optional(),
  /** `json`: perfgate's payload; `slack`: `{ text, blocks }` for Slack incoming webhooks. */
  format: z.enum(['json', 'slack']).default('json'),
  ...retrySettings,
});

const ruleSchema = z.strictObject({
  /** Rule name; the Alertmanager `alertname`. */
  name: z.string().min(1),
  /** Metric id (`LCP`, `heap`, `bundle.js.gzip`, `custom:<name>`). */
  metric: z.string().min(1),
  /** Route glob(s), as in budgets. Default all routes. */
  route: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default('**'),
  condition: z.enum(['greater_than', 'less_than', 'continuous_increase', 'anomaly']),
  /** greater_than/less_than: the limit (metric's unit). continuous_increase: smallest total relative rise (0.05 = 5%), default 0. */
  threshold: z.number().optional(),
  /** Evaluation window: a number of runs, or a duration (`"1h"`, `"7d"`). Default 5 runs (30 for anomaly). */
  window: z.union([z.number().int().min(1), z.string().regex(/^\d+(\.\d+)?[smhdw]$/, 'a duration like "30m", "24h", "7d"')]).optional(),
  /** Fewer values in the window → not evaluated (neither fires nor resolves). */
  minSamples: z.number().int().min(1).default(3),
  /** Per-run value: which summary of the run's samples. */
  stat: z.enum(['median', 'mean', 'p75', 'p95', 'min', 'max']).default('p75'),
  /** greater_than/less_than: how the window's values are combined. */
  aggregate: z.enum(['median', 'mean', 'min', 'max', 'last']).default('median'),
  /** anomaly: robust z (unitless) above which the latest value is anomalous. */
  zThreshold: z.number().positive().default(3.5),
  /** anomaly: which deviations count. Default: the worse direction of the metric. */
  direction: z.enum(['up', 'down', 'both']).optional(),
  severity: z.enum(['info', 'warning', 'critical']).default('warning'),
  /** Channel names to deliver to; empty → every channel. */
  channels: z.array(z.string().min(1)).default([]),
  /** Only runs of this source / branch. */
  source: z.enum(['bundle', 'lab', 'field']).optional(),
  branch: z.string().min(1).optional(),
});

/** Schema of the `alerts` section of `perfgate.config.*`. */
export const alertsConfigSchema = z
  .strictObject({
    rules: z.array(ruleSchema).default([]),
    channels: z.record(z.string().min(1), z.discriminatedUnion('type', [alertmanagerChannel, webhookChannel])).default({}),
    /** A firing alert is not re-sent within this many minutes (the seed's 5). */
    suppressMinutes: z.number().min(0).default(5),
    /** State file (dedupe/resolve), relative to `storageDir`. */
    stateFile: z.string().min(1).default('alerts-state.json'),
    /** Labels added to every alert (e.g. `{ app: 'domainflow' }`). */
    labels: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string()).default({}),
  })
  .superRefine((cfg, ctx) => {
    cfg.rules.forEach((rule, i) => {
      if ((rule.condition === 'greater_than' || rule.condition === 'less_than') && rule.threshold === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'threshold'], message: `a number (the limit in the metric's unit); ${rule.condition} needs it` });
      }
      rule.channels.forEach((c, j) => {
        if (!(c in cfg.channels)) {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'channels', j], message: `one of the channel names under alerts.channels (${Object.keys(cfg.channels).join(', ') || 'none defined'})` });
        }
      });
    });
    for (const [name, ch] of Object.entries(cfg.channels)) {
      if (ch.type === 'alertmanager' && !ch.url && !ch.urlEnv) {
        ctx.addIssue({ code: 'custom', path: ['channels', name, 'url'], message: 'a URL (url) or an environment variable name (urlEnv)' });
      }
    }
  });

/** The `alerts` section with defaults filled. */
export type AlertsConfig = z.output<typeof alertsConfigSchema>;
/** What users write in the `alerts` section. */
export type AlertsConfigInput = z.input<typeof alertsConfigSchema>;
/** One alert rule, defaults filled. */
export type AlertRule = AlertsConfig['rules'][number];
/** One channel, defaults filled. */
export type AlertChannelConfig = AlertsConfig['channels'][string];

/**
 * Validates the `alerts` section (`config.alerts`).
 * @throws PerfgateConfigError naming `source`, the key path (`alerts.rules[0].threshold`), the value and the expected form.
 */
export function parseAlertsConfig(raw: unknown, source = '<inline config>'): AlertsConfig {
  const wrapped = { alerts: raw ?? {} };
  const result = z.strictObject({ alerts: alertsConfigSchema }).safeParse(wrapped);
  if (!result.success) throw new PerfgateConfigError(source, problemsFromZod(wrapped, result.error.issues));
  return result.data.alerts;
}
