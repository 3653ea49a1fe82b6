import { z } from 'zod';
import { FIELD_METRICS, MAX_ENTRIES, MAX_ROUTE_LENGTH, MAX_TARGET_LENGTH, PROTOCOL_VERSION, type VitalsBeacon } from '../protocol.js';

/**
 * Largest plausible value per metric (ms, or unitless for CLS). Anything above is a broken or hostile
 * client, not a slow page: 10 min for load timings and INP, 100 for CLS.
 */
export const MAX_VALUE = { LCP: 600_000, FCP: 600_000, TTFB: 600_000, INP: 600_000, CLS: 100 } as const;

// Route patterns: a leading slash, then URL path characters and Next's `[param]`, `[...slug]`, `(group)`.
const ROUTE_RE = /^\/[A-Za-z0-9\-._~/[\]()@!$&'*+,;=:%]*$/;

const route = z
  .string()
  .min(1)
  .max(MAX_ROUTE_LENGTH, `route longer than ${MAX_ROUTE_LENGTH} characters`)
  .regex(ROUTE_RE, 'route must be a path pattern like /campaigns/[id] (no query string, fragment or spaces)')
  .refine((r) => !r.split('/').some((s) => s === '..' || s === '.'), 'route must not contain . or .. segments');

const metric = z.enum(FIELD_METRICS);
const value = z.number().finite().nonnegative();
// Targets are CSS selectors from web-vitals; control characters are never part of one.
const target = z.string().max(MAX_TARGET_LENGTH).regex(/^[^\u0000-\u001f\u007f]*$/, 'target has control characters');

const entry = z
  .union([z.tuple([metric, value]), z.tuple([metric, value, target])])
  .refine((e) => e[1] <= MAX_VALUE[e[0]], { message: 'value out of range for its metric' });

/** The zod schema of one beacon (see `protocol.ts`). Unknown keys are rejected, not ignored. */
export const beaconSchema = z
  .object({
    v: z.literal(PROTOCOL_VERSION),
    r: route,
    m: z.array(entry).min(1).max(MAX_ENTRIES),
  })
  .strict();

/** Result of {@link parseBeacon}: the typed beacon, or a short reason for the 400 answer. */
export type ParsedBeacon = { ok: true; beacon: VitalsBeacon } | { ok: false; reason: string };

/** Parses and validates a beacon body (JSON text). Never throws. */
export function parseBeacon(text: string): ParsedBeacon {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'body is not valid JSON' };
  }
  const result = beaconSchema.safeParse(raw);
  if (result.success) return { ok: true, beacon: result.data as VitalsBeacon };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}`.slice(0, 200) };
}
