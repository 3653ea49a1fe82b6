/** Deterministic perfgate results for the shard test (what perf.collect() would attach). */
import { test as base } from '@playwright/test';
import { encodeAttachment, PERF_ATTACHMENT, PERF_ATTACHMENT_TYPE, type PerfResult } from '@perfgate/playwright';

/** A result of `route` whose metrics are derived from `seed` (ms, unitless, bytes). */
export function fakeResult(route: string, seed: number): PerfResult {
  // PERFGATE_FAKE_SCALE lets the gate test simulate a slower build (LCP × scale).
  const scale = Number(process.env.PERFGATE_FAKE_SCALE ?? 1);
  const m = (metric: string, unit: 'ms' | 'unitless' | 'bytes', value: number) => ({ metric, unit, status: 'measured' as const, value });
  return {
    route,
    url: `http://127.0.0.1${route}`,
    throttling: 'none',
    browser: 'chromium 156',
    metrics: {
      LCP: { ...m('LCP', 'ms', (1000 + seed * 7) * scale), attribution: { target: `#hero-${seed}` } },
      CLS: m('CLS', 'unitless', seed / 1000),
      INP: seed % 3 === 0 ? { metric: 'INP', unit: 'ms', status: 'missing', value: null, reason: 'no interaction' } : m('INP', 'ms', 100 + seed),
      transfer: m('transfer', 'bytes', 50_000 + seed),
    },
  };
}

/** Attaches results exactly as the perf fixture does (same encoder, name and content type). */
export async function attachResults(results: PerfResult[]): Promise<void> {
  await base.info().attach(PERF_ATTACHMENT, { body: encodeAttachment(results), contentType: PERF_ATTACHMENT_TYPE });
}

export const test = base;
