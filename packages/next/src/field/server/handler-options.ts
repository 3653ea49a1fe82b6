import type { AlertSink, PerfgateConfigInput, Run } from '@perfgate/core';
import { VitalsHandlerOptionsError } from './errors.js';
import type { RateLimiterOptions } from './rate-limiter.js';

/** Something that stores runs, like core's `FileHistoryStore` (`appendRun(run, report?)`). */
export interface RunHistory {
  appendRun(run: Run): unknown;
}

/** Options of `createVitalsHandler`. Every number states its unit. */
export interface VitalsHandlerOptions {
  /**
   * Aggregation window (ms). Default 300 000 (5 min): one Run per window goes to the history, so shorter
   * windows mean more history lines. At least 1 000.
   */
  windowMs?: number;
  /** Largest accepted body (bytes). Default 4 096 (a full beacon is under 2 KB). */
  maxBodyBytes?: number;
  /** Per-client rate limit, or `false` to disable. Default 30/min with bursts of 10, 10 000 clients tracked. */
  rateLimit?: RateLimiterOptions | false;
  /** Most route × metric series per window (count). Default 500. */
  maxSeries?: number;
  /**
   * Most samples kept per series per window (count, a uniform reservoir). Default 200. These are the Run's
   * `samples` written to history; counts and good/poor shares stay exact whatever the traffic.
   */
  maxSamples?: number;
  /**
   * The app's perfgate config (`import config from '../../../perfgate.config'`): its `storageDir`/`history`,
   * `exporters` and `alerts` apply to every window, as to lab runs. Default `{}`: core's defaults (history in
   * `.perfgate/history`, no exporters, no alerts). `false`: no history file, exporters or alerts at all.
   */
  config?: PerfgateConfigInput | false;
  /** Directory `storageDir` is relative to (path). Default `process.cwd()`, the app root under `next start`. */
  rootDir?: string;
  /** Alert sinks used instead of the channels in `perfgate.config` (custom delivery, tests). */
  alertSinks?: AlertSink[];
  /** Another place closed windows are appended to (anything with `appendRun`), after the configured history. */
  history?: RunHistory;
  /** Called with each closed window's Run, after history: logging, custom exporters, tests. */
  sinks?: Array<(run: Run) => unknown>;
  /** Receives errors from config, history, exporters, alerts and sinks; never rethrown. Default `console.warn`. */
  onError?: (error: unknown) => void;
  /** Receives progress lines from exporters and alert delivery. Default: none. */
  log?: (line: string) => void;
  /** Most closed windows waiting for slow sinks (count); older ones are dropped with an error. Default 10. */
  maxPendingWindows?: number;
  /** App name put in `run.environment.app`. */
  app?: string;
  /** Git sha/branch of the deployed build, put in `run.git`. */
  git?: { sha?: string; branch?: string };
  /**
   * Trust `x-forwarded-for` / `x-real-ip` for the rate-limit key: `true` behind one proxy you control
   * (Vercel, nginx, a load balancer), a number for that many proxies. Default `false`: the headers are
   * ignored (any client can forge them) and, since Next's `Request` carries no socket address, every
   * client shares one rate-limit bucket unless the host sets `request.ip`.
   */
  trustProxy?: boolean | number;
  /**
   * Routes accepted (route patterns as the client sends them, `/campaigns/[id]`, or globs as in budgets,
   * `/campaigns/**`). A beacon for another route gets 400 and is never stored, so a client cannot fill
   * the window's series with made-up routes. Default: every route.
   */
  routes?: string[];
  /** Rate-limit key of a request (replaces `trustProxy`). Default: see {@link trustProxy}. */
  clientKey?: (req: Request) => string;
  /**
   * Flush the open window when the process ends (`SIGTERM`, `SIGINT`, `beforeExit`), so the last minutes
   * of data are not lost on a deploy or restart. Best effort: under `next start`, Next's own signal
   * handler exits once its server has closed, usually after the flush. Default `true`.
   */
  flushOnExit?: boolean;
  /**
   * A secret that lets a POST with header `x-perfgate-flush: <token>` close and store the open window
   * now (answers 200 `{ "windows": n }`); for scripts and tests that stop the server right after.
   * Default: none (no flush over HTTP). Read it from the environment; never commit it.
   */
  flushToken?: string;
  /** Clock (ms since epoch). Default `Date.now`. */
  now?: () => number;
  /** Random source (unitless, [0, 1)). Default `Math.random`. */
  random?: () => number;
}

/** Checks numeric options up front, so mistakes fail at deploy time with a message that names the option. */
export function checkOptions(o: VitalsHandlerOptions): void {
  const positiveInt = (name: keyof VitalsHandlerOptions, min: number) => {
    const v = o[name];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min)) {
      throw new VitalsHandlerOptionsError(name, v, `an integer ≥ ${min}`);
    }
  };
  positiveInt('windowMs', 1_000);
  positiveInt('maxBodyBytes', 64);
  positiveInt('maxSeries', 1);
  positiveInt('maxSamples', 1);
  positiveInt('maxPendingWindows', 1);
  if (o.trustProxy !== undefined && typeof o.trustProxy !== 'boolean' && !(typeof o.trustProxy === 'number' && Number.isInteger(o.trustProxy) && o.trustProxy >= 0)) {
    throw new VitalsHandlerOptionsError('trustProxy', o.trustProxy, 'true, false or a number of proxies (an integer ≥ 0)');
  }
  if (o.routes !== undefined && (!Array.isArray(o.routes) || o.routes.some((r) => typeof r !== 'string' || !r.startsWith('/')))) {
    throw new VitalsHandlerOptionsError('routes', o.routes, "an array of route patterns or globs starting with '/'");
  }
  if (o.flushToken !== undefined && (typeof o.flushToken !== 'string' || o.flushToken.length < 16)) {
    throw new VitalsHandlerOptionsError('flushToken', o.flushToken === undefined ? o.flushToken : '<redacted>', 'a secret string of at least 16 characters');
  }
  if (o.rateLimit) {
    for (const k of ['perMinute', 'burst', 'maxClients'] as const) {
      const v = o.rateLimit[k];
      if (v !== undefined && (typeof v !== 'number' || !(v > 0))) throw new VitalsHandlerOptionsError(`rateLimit.${k}`, v, 'a number > 0');
    }
  }
}
