import { sendWithRetry } from '../exporters/http-send.js';
import type { AlertNotification } from './alert-state.js';
import type { AlertSink, HttpSinkOptions } from './sink.js';

/** Options of {@link createWebhookSink}. */
export interface WebhookSinkOptions extends HttpSinkOptions {
  name?: string;
  /** Webhook URL (a secret: read it from the environment; it is never printed). */
  url: string;
  /** Bearer token (a secret). */
  token?: string;
  /** `json` (default): `{ source, alerts }`; `slack`: Slack incoming-webhook `{ text, blocks }`. */
  format?: 'json' | 'slack';
  /** Labels added to every alert. */
  labels?: Record<string, string>;
}

const ICON: Record<string, string> = { critical: ':red_circle:', warning: ':large_orange_circle:', info: ':large_blue_circle:' };

/** Slack's mrkdwn needs `&`, `<`, `>` escaped (https://api.slack.com/reference/surfaces/formatting#escaping). */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The JSON body a webhook receives. */
export function webhookPayload(notifications: ReadonlyArray<AlertNotification>, format: 'json' | 'slack', labels: Record<string, string> = {}): unknown {
  if (format === 'slack') {
    const lines = notifications.map((n) =>
      `${n.status === 'resolved' ? ':white_check_mark: RESOLVED' : `${ICON[n.severity] ?? ''} ${n.severity.toUpperCase()}`} *${slackEscape(n.rule)}* — ${slackEscape(n.summary)}`);
    const text = `perfgate: ${notifications.length} alert(s)\n${lines.join('\n')}`;
    return { text, blocks: lines.map((line) => ({ type: 'section', text: { type: 'mrkdwn', text: line } })) };
  }
  return { source: 'perfgate', version: 1, labels, alerts: notifications };
}

/** A sink posting JSON to a generic webhook (or a Slack incoming webhook with `format: 'slack'`). */
export function createWebhookSink(options: WebhookSinkOptions): AlertSink {
  return {
    name: options.name ?? 'webhook',
    send(notifications, signal) {
      const body = JSON.stringify(webhookPayload(notifications, options.format ?? 'json', options.labels));
      return sendWithRetry(options.url, body, {
        ...(options.token ? { headers: { authorization: `Bearer ${options.token}` } } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retries === undefined ? {} : { retries: options.retries }),
        ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
        secrets: [options.url, options.token],
        ...(signal ? { signal } : {}),
      });
    },
  };
}
