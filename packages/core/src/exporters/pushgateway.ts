import { toExportBatch } from './export-points.js';
import type { ExportBatch, Exportable, LabelOptions } from './export-points.js';
import { sendWithRetry } from './http-send.js';
import type { SendResult } from './http-send.js';
import { safeOrigin } from './redact.js';

/** Gauges perfgate pushes; every per-route series has exactly the labels `route` and `metric` (+ `app`, `branch`, `source` from the grouping key). */
export const PROMETHEUS_FAMILIES = {
  perfgate_median: 'Median of the run\'s samples (unit of the metric label: ms, bytes or unitless).',
  perfgate_p75: '75th percentile of the run\'s samples (unit of the metric label).',
  perfgate_p95: '95th percentile of the run\'s samples (unit of the metric label).',
  perfgate_samples: 'Number of samples in the run (count).',
  perfgate_budget_status: 'Budget status: 0 ok, 1 warn, 2 error.',
  perfgate_run_timestamp_seconds: 'Start time of the last pushed run (seconds since epoch).',
  perfgate_regressions: 'Regressed route x metric verdicts in the last run (count).',
  perfgate_budget_errors: 'Budget errors in the last run (count).',
} as const;

/** Escapes a label value for the text exposition format (backslash, double quote, newline). */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
}

/**
 * Renders a batch in the Prometheus text exposition format
 * (https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format).
 * `app`, `branch` and `source` are not written: the Pushgateway adds them from the grouping key.
 */
export function toPrometheusText(batch: ExportBatch): string {
  const lines: string[] = [];
  const family = (name: keyof typeof PROMETHEUS_FAMILIES, samples: string[]): void => {
    if (samples.length === 0) return;
    lines.push(`# HELP ${name} ${PROMETHEUS_FAMILIES[name]}`, `# TYPE ${name} gauge`, ...samples);
  };
  const labels = (route: string, metric: string): string => `{route="${escapeLabelValue(route)}",metric="${escapeLabelValue(metric)}"}`;
  family('perfgate_median', batch.points.map((p) => `perfgate_median${labels(p.route, p.metric)} ${num(p.summary.median)}`));
  family('perfgate_p75', batch.points.map((p) => `perfgate_p75${labels(p.route, p.metric)} ${num(p.summary.p75)}`));
  family('perfgate_p95', batch.points.map((p) => `perfgate_p95${labels(p.route, p.metric)} ${num(p.summary.p95)}`));
  family('perfgate_samples', batch.points.map((p) => `perfgate_samples${labels(p.route, p.metric)} ${p.summary.n}`));
  family('perfgate_budget_status', batch.points.filter((p) => p.budget !== undefined).map((p) => `perfgate_budget_status${labels(p.route, p.metric)} ${p.budget}`));
  family('perfgate_run_timestamp_seconds', [`perfgate_run_timestamp_seconds ${num(batch.time / 1000)}`]);
  if (batch.regressions !== undefined) family('perfgate_regressions', [`perfgate_regressions ${batch.regressions}`]);
  if (batch.budgetErrors !== undefined) family('perfgate_budget_errors', [`perfgate_budget_errors ${batch.budgetErrors}`]);
  return `${lines.join('\n')}\n`;
}

/** One grouping-key segment; values with `/` (or empty) use the `@base64` form the Pushgateway documents. */
function segment(name: string, value: string): string {
  if (value === '' || value.includes('/')) return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url') || '='}`;
  return `${name}/${encodeURIComponent(value)}`;
}

/**
 * The push path: `/metrics/job/<job>/app/<app>/branch/<branch>/source/<source>`. `source` (bundle, lab,
 * field) is part of the grouping key so a bundle push (PUT replaces its whole group) never wipes the
 * lab or field series of the same app and branch.
 */
export function pushgatewayPath(job: string, app: string, branch: string, source: string): string {
  return `/metrics/${segment('job', job)}/${segment('app', app)}/${segment('branch', branch)}/${segment('source', source)}`;
}

/** Options of {@link pushToPushgateway}. */
export interface PushgatewayOptions extends LabelOptions {
  /** Base URL (`http://127.0.0.1:9091`). */
  url: string;
  job?: string;
  method?: 'PUT' | 'POST';
  token?: string;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  log?: (line: string) => void;
}

/** What an exporter did. Never holds a URL with credentials. */
export interface ExportResult extends SendResult {
  exporter: 'pushgateway' | 'otlp';
  /** Series (route × metric) exported. */
  series: number;
  skippedRoutes: string[];
}

/**
 * Pushes a run to a Prometheus Pushgateway (`PUT /metrics/job/<job>/app/<app>/branch/<branch>/source/<source>`).
 * Never throws; a down or slow gateway is retried with backoff and reported in the result and log.
 */
export async function pushToPushgateway(input: Exportable, options: PushgatewayOptions): Promise<ExportResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const batch = toExportBatch(input, options);
  const url = `${options.url.replace(/\/+$/, '')}${pushgatewayPath(options.job ?? 'perfgate', batch.app, batch.branch, batch.source)}`;
  if (batch.skippedRoutes.length > 0) log(`perfgate pushgateway: ${batch.skippedRoutes.length} route(s) over exporters.pushgateway.maxRoutes (${options.maxRoutes ?? 200}) not pushed.`);
  const result = await sendWithRetry(url, toPrometheusText(batch), {
    method: options.method ?? 'PUT',
    headers: { 'content-type': 'text/plain; version=0.0.4', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
    secrets: [options.url, options.token],
  });
  if (result.ok) log(`perfgate pushgateway: pushed ${batch.points.length} series to ${safeOrigin(options.url)}.`);
  else log(`perfgate pushgateway: push failed after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}. The build continues.`);
  return { ...result, exporter: 'pushgateway', series: batch.points.length, skippedRoutes: batch.skippedRoutes };
}
