import { createAlertmanagerSink } from './alertmanager-sink.js';
import type { AlertsConfig } from './config.js';
import type { AlertSink } from './sink.js';
import { createWebhookSink } from './webhook-sink.js';

/**
 * Builds one sink per configured channel, reading URLs and tokens from the environment variables the
 * config names. A channel whose variable is unset is skipped with a warning naming the variable (not
 * its value), so a missing secret never fails a build.
 */
export function sinksFromConfig(config: Pick<AlertsConfig, 'channels' | 'labels'>, env: Record<string, string | undefined> = process.env, warn: (line: string) => void = console.warn): AlertSink[] {
  const sinks: AlertSink[] = [];
  for (const [name, ch] of Object.entries(config.channels)) {
    const url = ch.urlEnv ? env[ch.urlEnv] : ch.type === 'alertmanager' ? ch.url : undefined;
    if (!url) {
      warn(`perfgate alerts: channel '${name}' skipped: environment variable ${ch.urlEnv} is not set (set it in CI secrets, or remove the channel from alerts.channels).`);
      continue;
    }
    const token = ch.tokenEnv ? env[ch.tokenEnv] : undefined;
    if (ch.tokenEnv && !token) warn(`perfgate alerts: channel '${name}': environment variable ${ch.tokenEnv} is not set; sending without a token.`);
    const common = { name, url, timeoutMs: ch.timeoutMs, retries: ch.retries, backoffMs: ch.backoffMs, labels: config.labels, ...(token ? { token } : {}) };
    sinks.push(ch.type === 'alertmanager' ? createAlertmanagerSink({ ...common, firingLifetimeMs: ch.firingLifetimeMinutes * 60_000 }) : createWebhookSink({ ...common, format: ch.format }));
  }
  return sinks;
}
