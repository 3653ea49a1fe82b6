import { timingSafeEqual } from 'node:crypto';
import { matchRoute, type Run } from '@perfgate/core';
import { toRoutePattern } from '../route-pattern.js';
import { clientKeyFrom } from './client-key.js';
import { checkOptions, type VitalsHandlerOptions } from './handler-options.js';
import { parseBeacon } from './payload-schema.js';
import { createRateLimiter } from './rate-limiter.js';
import { readLimitedBody } from './read-body.js';
import { createCoreOutputs } from './core-outputs.js';
import { WindowAggregator, type FieldWindow } from './window-aggregator.js';
import { windowToRun } from './window-run.js';

/** Counters of a handler since it was created (count). */
export interface VitalsHandlerStats {
  accepted: number;
  rejected: number;
  rateLimited: number;
  /** Entries dropped because a window was full. */
  dropped: number;
  /** Windows flushed to history/sinks. */
  windows: number;
  /** Series in the open window and clients tracked by the rate limiter. */
  openSeries: number;
  trackedClients: number;
}

/** A Next route handler (`export const POST = createVitalsHandler()`), plus controls for shutdown and tests. */
export interface VitalsHandler {
  (req: Request): Promise<Response>;
  /** Closes the open window now and waits until every closed window reached history and sinks. Resolves the Runs flushed. */
  flush(): Promise<Run[]>;
  stats(): VitalsHandlerStats;
  /** Stops the background timer and the flush on exit (the handler keeps answering). */
  close(): void;
}

/** Constant-time comparison of two secrets (no early exit on the first differing character). */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });

/**
 * Creates the field-monitoring ingest: validates beacons from `<PerfgateVitals>`, rate-limits per client,
 * aggregates per route × metric × window (p75, count, good/needs-improvement/poor shares), and flushes each
 * closed window as a Run (`source: 'field'`) to perfgate's history, exporters and alert rules (from the
 * app's perfgate config, like lab runs) and to any custom history/sinks.
 * Bad payloads and routes outside `routes` get 400 with a reason and are never stored. Never throws into Next.
 */
export function createVitalsHandler(options: VitalsHandlerOptions = {}): VitalsHandler {
  checkOptions(options);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const windowMs = options.windowMs ?? 300_000;
  const maxBody = options.maxBodyBytes ?? 4_096;
  const maxPending = options.maxPendingWindows ?? 10;
  const onError = options.onError ?? ((e: unknown) => console.warn('[perfgate] field ingest:', e instanceof Error ? e.message : e));
  const limiter = options.rateLimit === false ? undefined : createRateLimiter({ ...options.rateLimit, now });
  const keyOf = options.clientKey ?? ((req: Request) => clientKeyFrom(req, { ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }) }));
  const allowed = options.routes;
  const monitored = (route: string) => !allowed || allowed.some((g) => g === route || matchRoute(g, route));
  const aggregator = new WindowAggregator({ windowMs, maxSeries: options.maxSeries ?? 500, maxSamples: options.maxSamples ?? 200, now, random });
  const log = options.log ?? (() => {});
  const core = options.config === false ? undefined : createCoreOutputs({ config: options.config ?? {}, rootDir: options.rootDir, alertSinks: options.alertSinks, onError, log });
  const stats = { accepted: 0, rejected: 0, rateLimited: 0, dropped: 0, windows: 0 };

  // Closed windows are written one after another, never concurrently, and never awaited by a request.
  const pending: FieldWindow[] = [];
  let draining: Promise<Run[]> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const deliver = async (run: Run) => {
    const steps: Array<() => unknown> = [];
    if (core) steps.push(() => core(run));
    if (options.history) steps.push(() => options.history!.appendRun(run));
    for (const sink of options.sinks ?? []) steps.push(() => sink(run));
    for (const step of steps) {
      try {
        await step();
      } catch (e) {
        onError(e);
      }
    }
  };

  const drain = (): Promise<Run[]> => {
    if (draining) return draining.then(() => drain());
    if (pending.length === 0) return Promise.resolve([]);
    draining = (async () => {
      const runs: Run[] = [];
      for (let w = pending.shift(); w; w = pending.shift()) {
        stats.dropped += w.dropped;
        const run = windowToRun(w, { app: options.app, git: options.git, random });
        await deliver(run);
        stats.windows += 1;
        runs.push(run);
      }
      return runs;
    })().finally(() => {
      draining = undefined;
    });
    return draining;
  };

  const enqueue = (closed: FieldWindow[]) => {
    if (closed.length === 0) return;
    pending.push(...closed);
    while (pending.length > maxPending) {
      pending.shift();
      onError(new Error(`field window dropped: more than ${maxPending} windows waiting for slow history/sinks`));
    }
    void drain().catch(onError);
  };

  const flushAll = (): Promise<Run[]> => {
    pending.push(...aggregator.close());
    return drain();
  };
  let unhookExit: (() => void) | undefined;
  const hookExit = () => {
    if (unhookExit || options.flushOnExit === false || typeof process === 'undefined' || typeof process.once !== 'function') return;
    const onSignal = (signal: NodeJS.Signals) => {
      unhookExit?.();
      void flushAll()
        .catch(onError)
        .finally(() => {
          // Alone on this signal (no server of its own handles it): end the process as the signal would.
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
    };
    const onBeforeExit = () => void flushAll().catch(onError);
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    process.once('beforeExit', onBeforeExit);
    unhookExit = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.off('beforeExit', onBeforeExit);
      unhookExit = undefined;
    };
  };

  const ensureTimer = () => {
    if (timer) return;
    // Created on first request, not at import: `next build` loads route modules without serving them.
    timer = setInterval(() => enqueue(aggregator.rollOver()), Math.min(windowMs, 10_000));
    (timer as { unref?: () => void }).unref?.();
    hookExit();
  };

  const flushRequest = async (req: Request): Promise<Response | undefined> => {
    const given = req.headers.get('x-perfgate-flush');
    if (given === null) return undefined;
    if (!options.flushToken || !sameSecret(given, options.flushToken)) return json(403, { error: 'flush not allowed' });
    const runs = await flushAll();
    return json(200, { windows: runs.length });
  };

  const handle = async (req: Request): Promise<Response> => {
    if (req.method !== 'POST') return json(405, { error: 'use POST' }, { allow: 'POST' });
    const flushed = await flushRequest(req);
    if (flushed) return flushed;
    if (limiter) {
      const key = keyOf(req);
      if (!limiter.take(key)) {
        stats.rateLimited += 1;
        return json(429, { error: 'rate limit exceeded' }, { 'retry-after': String(limiter.retryAfter(key)) });
      }
    }
    const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
    // sendBeacon with a string body sends text/plain (CORS-safelisted); fetch sends application/json.
    if (type !== 'application/json' && type !== 'text/plain') {
      stats.rejected += 1;
      return json(415, { error: 'content-type must be application/json or text/plain' });
    }
    const body = await readLimitedBody(req, maxBody);
    if (!body.ok) {
      stats.rejected += 1;
      return json(body.status, { error: body.reason });
    }
    const parsed = parseBeacon(body.text);
    if (!parsed.ok) {
      stats.rejected += 1;
      return json(400, { error: parsed.reason });
    }
    // Defence in depth: a client that sent a raw path still never stores an id (`/users/42` → `/users/[id]`).
    const beacon = { ...parsed.beacon, r: toRoutePattern(parsed.beacon.r) };
    if (!monitored(beacon.r)) {
      stats.rejected += 1;
      return json(400, { error: 'r: route is not in the monitored routes (createVitalsHandler routes option)' });
    }
    ensureTimer();
    enqueue(aggregator.add(beacon));
    stats.accepted += 1;
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };

  const handler = (async (req: Request) => {
    try {
      return await handle(req);
    } catch (e) {
      onError(e);
      return json(500, { error: 'internal error' });
    }
  }) as VitalsHandler;
  handler.flush = flushAll;
  handler.stats = () => ({ ...stats, openSeries: aggregator.seriesCount, trackedClients: limiter?.size ?? 0 });
  handler.close = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    unhookExit?.();
  };
  return handler;
}
