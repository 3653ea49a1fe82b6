import type { ExportersConfig } from './config.js';
import type { Exportable } from './export-points.js';
import { exportOtlp } from './otlp.js';
import { pushToPushgateway } from './pushgateway.js';
import type { ExportResult } from './pushgateway.js';

/**
 * Runs every configured exporter (Pushgateway, OTLP) on one run, in parallel. URLs given by `urlEnv`
 * and tokens are read from `env`; an exporter whose variable is unset is skipped with a warning.
 * Never throws.
 */
export async function exportRun(
  input: Exportable,
  config: ExportersConfig,
  options: { env?: Record<string, string | undefined>; log?: (line: string) => void } = {},
): Promise<ExportResult[]> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const jobs: Array<Promise<ExportResult>> = [];
  const pg = config.pushgateway;
  if (pg) {
    const url = pg.urlEnv ? env[pg.urlEnv] : pg.url;
    const token = pg.tokenEnv ? env[pg.tokenEnv] : undefined;
    if (!url) log(`perfgate pushgateway: skipped: environment variable ${pg.urlEnv} is not set.`);
    else jobs.push(pushToPushgateway(input, { url, job: pg.job, method: pg.method, branches: pg.branches, maxRoutes: pg.maxRoutes, timeoutMs: pg.timeoutMs, retries: pg.retries, backoffMs: pg.backoffMs, log, ...(pg.app ? { app: pg.app } : {}), ...(token ? { token } : {}) }));
  }
  const otlp = config.otlp;
  if (otlp) {
    const url = otlp.urlEnv ? env[otlp.urlEnv] : otlp.url;
    const headers = Object.fromEntries(Object.entries(otlp.headersEnv).flatMap(([h, v]) => (env[v] ? [[h, env[v] as string]] : [])));
    if (!url) log(`perfgate otlp: skipped: environment variable ${otlp.urlEnv} is not set.`);
    else jobs.push(exportOtlp(input, { url, headers, serviceName: otlp.serviceName, branches: otlp.branches, maxRoutes: otlp.maxRoutes, timeoutMs: otlp.timeoutMs, retries: otlp.retries, backoffMs: otlp.backoffMs, log, ...(otlp.app ? { app: otlp.app } : {}) }));
  }
  return Promise.all(jobs);
}
