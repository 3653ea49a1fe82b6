import { sendWithRetry } from '../exporters/http-send.js';
import type { AlertNotification } from './alert-state.js';
import type { AlertSink, HttpSinkOptions } from './sink.js';

/** Options of {@link createAlertmanagerSink}. */
export interface AlertmanagerSinkOptions extends HttpSinkOptions {
  name?: string;
  /** Base URL, e.g. `http://127.0.0.1:9093` (the sink posts to `/api/v2/alerts`). */
  url: string;
  /** Bearer token, when a proxy in front of Alertmanager needs one. */
  token?: string;
  /** Labels added to every alert (e.g. `app`). */
  labels?: Record<string, string>;
  /** Link shown by Alertmanager as the alert's source (e.g. the CI run). */
  generatorURL?: string;
  /**
   * How long a firing alert stays firing in Alertmanager after it was sent (ms): its `endsAt`. Default
   * {@link DEFAULT_FIRING_LIFETIME_MS}. Without an `endsAt` Alertmanager resolves it after its own
   * `resolve_timeout` (5 min by default), while perfgate re-sends a firing alert only when it evaluates
   * again past `suppressMinutes`; set this above the time between evaluations (e.g. 25 h for a daily job).
   */
  firingLifetimeMs?: number;
  /** Clock (ms since epoch), for tests. */
  now?: () => number;
}

/** Default {@link AlertmanagerSinkOptions.firingLifetimeMs}: 1 hour (ms). */
export const DEFAULT_FIRING_LIFETIME_MS = 3_600_000;

/** Timing options of {@link toAlertmanagerAlerts}. */
export interface AlertmanagerTiming {
  /** `endsAt` of firing alerts = `now` + this (ms). Default {@link DEFAULT_FIRING_LIFETIME_MS}. */
  firingLifetimeMs?: number;
  /** ms since epoch. Default `Date.now()`. */
  now?: number;
}

/** An Alertmanager v2 alert (https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml). */
export interface AlertmanagerAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  generatorURL?: string;
}

/**
 * Maps notifications to Alertmanager's `postableAlerts`. Resolutions carry their `endsAt`; firing alerts
 * carry `endsAt` = now + `firingLifetimeMs`, so Alertmanager keeps them firing until then (each re-send
 * moves it on) instead of resolving them after its `resolve_timeout`.
 */
export function toAlertmanagerAlerts(
  notifications: ReadonlyArray<AlertNotification>,
  labels: Record<string, string> = {},
  generatorURL?: string,
  options: AlertmanagerTiming = {},
): AlertmanagerAlert[] {
  const firingEndsAt = new Date((options.now ?? Date.now()) + (options.firingLifetimeMs ?? DEFAULT_FIRING_LIFETIME_MS)).toISOString();
  return notifications.map((n) => {
    const alert: AlertmanagerAlert = {
      labels: { ...labels, alertname: n.rule, severity: n.severity, route: n.route, metric: n.metric, source: 'perfgate' },
      annotations: { summary: n.summary, ...(n.value === undefined ? {} : { value: String(n.value) }), ...(n.threshold === undefined ? {} : { threshold: String(n.threshold) }) },
      startsAt: n.startsAt,
    };
    if (n.status === 'resolved') {
      if (n.endsAt) alert.endsAt = n.endsAt;
    } else alert.endsAt = firingEndsAt;
    if (generatorURL) alert.generatorURL = generatorURL;
    return alert;
  });
}

/** A sink posting to Prometheus Alertmanager's `POST /api/v2/alerts`, which routes to Slack, email, PagerDuty… */
export function createAlertmanagerSink(options: AlertmanagerSinkOptions): AlertSink {
  const endpoint = `${options.url.replace(/\/+$/, '')}/api/v2/alerts`;
  return {
    name: options.name ?? 'alertmanager',
    send(notifications, signal) {
      const body = JSON.stringify(
        toAlertmanagerAlerts(notifications, options.labels, options.generatorURL, {
          ...(options.firingLifetimeMs === undefined ? {} : { firingLifetimeMs: options.firingLifetimeMs }),
          now: (options.now ?? Date.now)(),
        }),
      );
      return sendWithRetry(endpoint, body, {
        ...(options.token ? { headers: { authorization: `Bearer ${options.token}` } } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retries === undefined ? {} : { retries: options.retries }),
        ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
        secrets: [options.token],
        ...(signal ? { signal } : {}),
      });
    },
  };
}
