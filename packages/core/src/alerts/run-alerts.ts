import { isAbsolute, join } from 'node:path';
import type { HistoryRecord } from '../history/record.js';
import { applyAlertState, markUndelivered, readAlertState, writeAlertState } from './alert-state.js';
import type { AlertNotification } from './alert-state.js';
import type { AlertsConfig } from './config.js';
import { deliverAlerts } from './deliver-alerts.js';
import type { DeliveryResult } from './deliver-alerts.js';
import { evaluateRules } from './evaluate-rules.js';
import type { AlertEvaluation } from './evaluate-rules.js';
import type { AlertSink } from './sink.js';
import { sinksFromConfig } from './sinks-from-config.js';

/** Options of {@link runAlerts}. */
export interface RunAlertsOptions {
  /** The history to evaluate (oldest first), including the latest run. */
  records: ReadonlyArray<HistoryRecord>;
  config: AlertsConfig;
  /** The storage directory (`.perfgate`); the state file is resolved against it. */
  storageDir: string;
  /** Sinks to use instead of the configured channels (tests, custom sinks). */
  sinks?: AlertSink[];
  /** Where URLs/tokens are read from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Clock (ms since epoch). */
  now?: number;
  signal?: AbortSignal;
}

/** What {@link runAlerts} did. */
export interface RunAlertsResult {
  evaluations: AlertEvaluation[];
  notifications: AlertNotification[];
  suppressed: string[];
  deliveries: DeliveryResult[];
  stateFile: string;
}

/**
 * Evaluates the rules over the history, dedupes against `.perfgate/alerts-state.json`, delivers new,
 * repeated (after `suppressMinutes`) and resolved alerts, and saves the state atomically. Undelivered
 * alerts are retried on the next run. Never throws for a receiver problem.
 */
export async function runAlerts(options: RunAlertsOptions): Promise<RunAlertsResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now();
  const stateFile = isAbsolute(options.config.stateFile) ? options.config.stateFile : join(options.storageDir, options.config.stateFile);
  const evaluations = evaluateRules(options.records, options.config.rules, now);
  const previous = await readAlertState(stateFile, log);
  const { state, notifications, suppressed } = applyAlertState(previous, evaluations, now, options.config.suppressMinutes * 60_000);
  const sinks = options.sinks ?? sinksFromConfig(options.config, options.env ?? process.env, log);
  const deliveries = notifications.length > 0 ? await deliverAlerts(notifications, sinks, { log, ...(options.signal ? { signal: options.signal } : {}) }) : [];
  const delivered = new Set(deliveries.filter((d) => d.ok).map((d) => d.channel));
  const failed = notifications.filter((n) => {
    const targets = sinks.filter((s) => n.channels.length === 0 || n.channels.includes(s.name)).map((s) => s.name);
    return targets.length > 0 && !targets.some((t) => delivered.has(t));
  });
  await writeAlertState(stateFile, failed.length > 0 ? markUndelivered(state, previous, failed) : state);
  if (suppressed.length > 0) log(`perfgate alerts: ${suppressed.length} alert(s) still firing, not re-sent within ${options.config.suppressMinutes} min.`);
  return { evaluations, notifications, suppressed, deliveries, stateFile };
}
