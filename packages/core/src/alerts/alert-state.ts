import { readFile, rename } from 'node:fs/promises';
import type { Severity } from '../model.js';
import { writeFileAtomic } from '../history/atomic-write.js';
import type { AlertEvaluation } from './evaluate-rules.js';

/** What perfgate remembers about one alert between runs (`.perfgate/alerts-state.json`). */
export interface AlertStateEntry {
  fingerprint: string;
  rule: string;
  route: string;
  metric: string;
  status: 'firing' | 'resolved';
  severity: Severity;
  /** ISO 8601: when the alert started firing. */
  startsAt: string;
  /** ISO 8601: when it was last delivered (dedupe). */
  lastSentAt?: string;
  /** ISO 8601: when it resolved. */
  endsAt?: string;
  summary: string;
}

/** The state file. */
export interface AlertState {
  version: 1;
  alerts: Record<string, AlertStateEntry>;
}

/** One alert to deliver: a new or repeated firing alert, or a resolution. */
export interface AlertNotification {
  fingerprint: string;
  status: 'firing' | 'resolved';
  rule: string;
  route: string;
  metric: string;
  severity: Severity;
  summary: string;
  /** Metric's unit (z for anomaly, relative for continuous_increase). */
  value?: number;
  threshold?: number;
  startsAt: string;
  endsAt?: string;
  /** Channel names; empty → all. */
  channels: string[];
}

/** Result of {@link applyAlertState}. */
export interface AlertStateTransition {
  state: AlertState;
  notifications: AlertNotification[];
  /** Fingerprints still firing but not re-sent (inside the suppression window). */
  suppressed: string[];
}

/** An empty state. */
export const emptyAlertState = (): AlertState => ({ version: 1, alerts: {} });

/**
 * Pure dedupe/resolve step. New firing alerts are sent; alerts already firing are re-sent only after
 * `suppressMs` (ms) since the last delivery; alerts that were firing and now evaluate `ok` resolve (sent
 * once, with `endsAt`). Alerts whose series was not evaluated (too few samples) are left as they are.
 * @param now ms since epoch.
 */
export function applyAlertState(previous: AlertState, evaluations: ReadonlyArray<AlertEvaluation>, now: number, suppressMs: number): AlertStateTransition {
  const state: AlertState = { version: 1, alerts: structuredClone(previous.alerts) };
  const notifications: AlertNotification[] = [];
  const suppressed: string[] = [];
  const iso = new Date(now).toISOString();
  for (const e of evaluations) {
    const prior = state.alerts[e.fingerprint];
    const payload = { fingerprint: e.fingerprint, rule: e.rule, route: e.route, metric: e.metric, severity: e.severity, summary: e.summary, value: e.zScore ?? e.value, threshold: e.threshold, channels: e.channels };
    if (e.status === 'firing') {
      if (prior?.status === 'firing') {
        const last = prior.lastSentAt ? Date.parse(prior.lastSentAt) : -Infinity;
        prior.summary = e.summary;
        prior.severity = e.severity;
        if (now - last < suppressMs) {
          suppressed.push(e.fingerprint);
          continue;
        }
        prior.lastSentAt = iso;
        notifications.push({ ...payload, status: 'firing', startsAt: prior.startsAt });
      } else {
        state.alerts[e.fingerprint] = { fingerprint: e.fingerprint, rule: e.rule, route: e.route, metric: e.metric, status: 'firing', severity: e.severity, startsAt: iso, lastSentAt: iso, summary: e.summary };
        notifications.push({ ...payload, status: 'firing', startsAt: iso });
      }
    } else if (prior?.status === 'firing') {
      prior.status = 'resolved';
      prior.endsAt = iso;
      prior.summary = e.summary;
      notifications.push({ ...payload, status: 'resolved', startsAt: prior.startsAt, endsAt: iso });
    }
  }
  return { state, notifications, suppressed };
}

/**
 * Undoes the state change of notifications no channel accepted, so the next run sends them again
 * (firing: not suppressed; resolved: stays firing until the resolution is delivered).
 */
export function markUndelivered(state: AlertState, previous: AlertState, failed: ReadonlyArray<AlertNotification>): AlertState {
  const next: AlertState = { version: 1, alerts: { ...state.alerts } };
  for (const n of failed) {
    const before = previous.alerts[n.fingerprint];
    if (n.status === 'resolved' && before) next.alerts[n.fingerprint] = structuredClone(before);
    else if (n.status === 'firing') {
      const entry = next.alerts[n.fingerprint];
      if (entry) {
        const copy = { ...entry };
        if (before?.status === 'firing' && before.lastSentAt) copy.lastSentAt = before.lastSentAt;
        else delete copy.lastSentAt;
        next.alerts[n.fingerprint] = copy;
      }
    }
  }
  return next;
}

/**
 * Reads the state file; a missing file is an empty state. An unreadable file is moved aside to
 * `<file>.corrupt-<time>` (kept for inspection, never deleted) with a warning, and an empty state is used.
 */
export async function readAlertState(file: string, warn: (message: string) => void = console.warn): Promise<AlertState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyAlertState();
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<AlertState>;
    if (parsed.version !== 1 || typeof parsed.alerts !== 'object' || parsed.alerts === null) throw new Error('unexpected shape');
    return { version: 1, alerts: parsed.alerts };
  } catch {
    const aside = `${file}.corrupt-${Date.now()}`;
    await rename(file, aside);
    warn(`perfgate alerts: ${file} is not a perfgate alert state (expected {"version":1,"alerts":{…}}); moved it to ${aside} and started from an empty state.`);
    return emptyAlertState();
  }
}

/** Writes the state file atomically (pretty JSON, stable key order). */
export async function writeAlertState(file: string, state: AlertState): Promise<void> {
  const alerts = Object.fromEntries(Object.entries(state.alerts).sort(([a], [b]) => a.localeCompare(b)));
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, alerts }, null, 2)}\n`);
}
