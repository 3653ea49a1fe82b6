import { z } from 'zod';
import { PerfgateConfigError, problemsFromZod } from '../config/errors.js';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name like PUSHGATEWAY_URL');
const http = {
  /** Per-attempt timeout (ms). */
  timeoutMs: z.number().int().positive().default(5000),
  /** Retries after the first attempt. */
  retries: z.number().int().min(0).max(10).default(2),
  /** First backoff (ms), doubled each retry. */
  backoffMs: z.number().int().min(0).default(250),
};
const labelling = {
  /** App label (default: the run's `environment.app`, else `default`). */
  app: z.string().min(1).optional(),
  /** Branches kept as label values; others become `other`. `'*'` keeps all (unbounded over time). */
  branches: z.union([z.literal('*'), z.array(z.string().min(1))]).default(['main', 'master']),
  /** At most this many routes per run are exported; the rest are skipped with a warning. */
  maxRoutes: z.number().int().min(1).default(200),
};

const pushgateway = z
  .strictObject({
    /** Pushgateway base URL (`http://pushgateway:9091`). */
    url: z.url().optional(),
    /** Environment variable holding the URL (when it embeds credentials). */
    urlEnv: envName.optional(),
    /** Environment variable holding a bearer token. */
    tokenEnv: envName.optional(),
    /** `job` of the grouping key. */
    job: z.string().min(1).default('perfgate'),
    /** `PUT` replaces the group's metrics (default); `POST` replaces same-name metrics only. */
    method: z.enum(['PUT', 'POST']).default('PUT'),
    ...labelling,
    ...http,
  })
  .refine((p) => p.url || p.urlEnv, { message: 'a url or urlEnv', path: ['url'] });

const otlp = z
  .strictObject({
    /** OTLP/HTTP endpoint base (`http://collector:4318`); metrics go to `<url>/v1/metrics`. */
    url: z.url().optional(),
    urlEnv: envName.optional(),
    /** Extra headers whose values come from environment variables: `{ authorization: 'OTLP_AUTH' }`. */
    headersEnv: z.record(z.string().min(1), envName).default({}),
    /** `service.name` resource attribute. */
    serviceName: z.string().min(1).default('perfgate'),
    ...labelling,
    ...http,
  })
  .refine((p) => p.url || p.urlEnv, { message: 'a url or urlEnv', path: ['url'] });

/** Schema of the `exporters` section of `perfgate.config.*`. */
export const exportersConfigSchema = z.strictObject({
  pushgateway: pushgateway.optional(),
  otlp: otlp.optional(),
});

/** The `exporters` section with defaults filled. */
export type ExportersConfig = z.output<typeof exportersConfigSchema>;
export type ExportersConfigInput = z.input<typeof exportersConfigSchema>;
export type PushgatewayConfig = NonNullable<ExportersConfig['pushgateway']>;
export type OtlpConfig = NonNullable<ExportersConfig['otlp']>;

/**
 * Validates the `exporters` section (`config.exporters`).
 * @throws PerfgateConfigError naming `source`, the key path (`exporters.pushgateway.url`), the value and the expected form.
 */
export function parseExportersConfig(raw: unknown, source = '<inline config>'): ExportersConfig {
  const wrapped = { exporters: raw ?? {} };
  const result = z.strictObject({ exporters: exportersConfigSchema }).safeParse(wrapped);
  if (!result.success) throw new PerfgateConfigError(source, problemsFromZod(wrapped, result.error.issues));
  return result.data.exporters;
}
