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
}

/** An Alertmanager v2 alert (https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml). */
export interface AlertmanagerAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  generatorURL?: string;
}

/** Maps notifications to Alertmanager's `postableAlerts`; resolutions carry `endsAt`. */
export function toAlertmanagerAlerts(notifications: ReadonlyArray<AlertNotification>, labels: Record<string, string> = {}, generatorURL?: string): AlertmanagerAlert[] {
  return notifications.map((n) => {
    const alert: AlertmanagerAlert = {
      labels: { ...labels, alertname: n.rule, severity: n.severity, route: n.route, metric: n.metric, source: 'perfgate' },
      annotations: { summary: n.summary, ...(n.value === undefined ? {} : { value: String(n.value) }), ...(n.threshold === undefined ? {} : { threshold: String(n.threshold) }) },
      startsAt: n.startsAt,
    };
    if (n.status === 'resolved' && n.endsAt) alert.endsAt = n.endsAt;
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
      const body = JSON.stringify(toAlertmanagerAlerts(notifications, options.labels, options.generatorURL));
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
