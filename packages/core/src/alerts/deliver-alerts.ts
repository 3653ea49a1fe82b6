import type { AlertNotification } from './alert-state.js';
import type { AlertSink } from './sink.js';

/** What happened on one channel. Contains no URL or token. */
export interface DeliveryResult {
  channel: string;
  ok: boolean;
  attempts: number;
  /** Alerts sent to this channel. */
  alerts: number;
  error?: string;
}

/**
 * Sends each channel the notifications addressed to it (a notification with no channels goes to every
 * channel), all channels in parallel. Never throws: a failing sink is logged by channel name only.
 */
export async function deliverAlerts(
  notifications: ReadonlyArray<AlertNotification>,
  sinks: ReadonlyArray<AlertSink>,
  options: { log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<DeliveryResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const jobs = sinks.map(async (sink): Promise<DeliveryResult | undefined> => {
    const mine = notifications.filter((n) => n.channels.length === 0 || n.channels.includes(sink.name));
    if (mine.length === 0) return undefined;
    try {
      const r = await sink.send(mine, options.signal);
      if (r.ok) log(`perfgate alerts: delivered ${mine.length} alert(s) to channel '${sink.name}'.`);
      else log(`perfgate alerts: could not deliver ${mine.length} alert(s) to channel '${sink.name}' after ${r.attempts} attempt(s): ${r.error ?? 'unknown error'}. The build continues; the alerts are retried on the next run.`);
      return { channel: sink.name, ok: r.ok, attempts: r.attempts, alerts: mine.length, ...(r.error ? { error: r.error } : {}) };
    } catch {
      log(`perfgate alerts: channel '${sink.name}' failed unexpectedly; the build continues.`);
      return { channel: sink.name, ok: false, attempts: 0, alerts: mine.length, error: 'sink threw' };
    }
  });
  return (await Promise.all(jobs)).filter((r): r is DeliveryResult => r !== undefined);
}
