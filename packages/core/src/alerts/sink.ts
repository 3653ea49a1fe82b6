import type { SendResult } from '../exporters/http-send.js';
import type { AlertNotification } from './alert-state.js';

/** A place alerts are delivered to. `send` must never throw and must be bounded in time. */
export interface AlertSink {
  /** Channel name from config (`alerts.channels.<name>`); printed in logs, so never a URL. */
  readonly name: string;
  send(notifications: ReadonlyArray<AlertNotification>, signal?: AbortSignal): Promise<SendResult>;
}

/** Retry/timeout settings shared by the HTTP sinks. */
export interface HttpSinkOptions {
  /** Per-attempt timeout (ms). Default 5000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** First backoff (ms), doubled each retry. Default 250. */
  backoffMs?: number;
}
