import { getMetric } from '../metrics.js';
import { toExportBatch } from './export-points.js';
import type { ExportBatch, Exportable, LabelOptions } from './export-points.js';
import { sendWithRetry } from './http-send.js';
import type { ExportResult } from './pushgateway.js';
import { safeOrigin } from './redact.js';

type AnyValue = { stringValue: string };
type KeyValue = { key: string; value: AnyValue };

const attr = (key: string, value: string): KeyValue => ({ key, value: { stringValue: value } });
/** UCUM units as OTLP expects (https://opentelemetry.io/docs/specs/semconv/general/metrics/#instrument-units). */
const UCUM = { ms: 'ms', bytes: 'By', unitless: '1' } as const;

/**
 * The OTLP/JSON `ExportMetricsServiceRequest` body: one gauge per metric id, data points per route × stat.
 * Each data point carries `route`, `metric`, `stat` and `source` (bundle, lab, field), so runs of
 * different sources stay separate series in the backend.
 */
export function toOtlpJson(batch: ExportBatch, serviceName = 'perfgate'): unknown {
  const timeUnixNano = `${BigInt(Math.round(batch.time)) * 1_000_000n}`;
  const byMetric = new Map<string, ExportBatch['points']>();
  for (const p of batch.points) byMetric.set(p.metric, [...(byMetric.get(p.metric) ?? []), p]);
  const metrics = [...byMetric].map(([metric, points]) => ({
    name: `perfgate.${metric.toLowerCase()}`,
    description: `${getMetric(metric).name} per route (stat attribute: median, p75, p95).`,
    unit: UCUM[points[0]?.unit ?? 'unitless'],
    gauge: {
      dataPoints: points.flatMap((p) =>
        (['median', 'p75', 'p95'] as const).map((stat) => ({
          attributes: [attr('route', p.route), attr('metric', p.metric), attr('stat', stat), attr('source', batch.source)],
          timeUnixNano,
          asDouble: p.summary[stat],
        })),
      ),
    },
  }));
  return {
    resourceMetrics: [
      {
        resource: { attributes: [attr('service.name', serviceName), attr('app', batch.app), attr('branch', batch.branch)] },
        scopeMetrics: [{ scope: { name: '@perfgate/core', version: '0.1.0' }, metrics }],
      },
    ],
  };
}

/** Options of {@link exportOtlp}. */
export interface OtlpOptions extends LabelOptions {
  /** OTLP/HTTP base URL (`http://127.0.0.1:4318`); metrics go to `/v1/metrics`. */
  url: string;
  serviceName?: string;
  /** Extra headers (values are secrets; never printed). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  log?: (line: string) => void;
}

/** Sends a run as OTLP/HTTP JSON gauges to `<url>/v1/metrics`. Never throws. */
export async function exportOtlp(input: Exportable, options: OtlpOptions): Promise<ExportResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const batch = toExportBatch(input, options);
  const endpoint = options.url.replace(/\/+$/, '').replace(/\/v1\/metrics$/, '') + '/v1/metrics';
  const result = await sendWithRetry(endpoint, JSON.stringify(toOtlpJson(batch, options.serviceName)), {
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
    secrets: [options.url, ...Object.values(options.headers ?? {})],
  });
  if (result.ok) log(`perfgate otlp: exported ${batch.points.length} series to ${safeOrigin(options.url)}.`);
  else log(`perfgate otlp: export failed after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}. The build continues.`);
  return { ...result, exporter: 'otlp', series: batch.points.length, skippedRoutes: batch.skippedRoutes };
}
