import { resolve } from 'node:path';
import {
  exportRun,
  FileHistoryStore,
  parseAlertsConfig,
  parseConfig,
  parseExportersConfig,
  parseHistoryConfig,
  runAlerts,
  toHistoryRecord,
  type AlertSink,
  type AlertsConfig,
  type ExportersConfig,
  type HistoryRecord,
  type PerfgateConfigInput,
  type Run,
} from '@perfgate/core';

/**
 * The record alert rules need from a window: its summaries only (rules read `summary`, never the raw
 * samples), so the windows kept in memory stay small however many beacons they had.
 */
export function alertRecordOf(run: Run): HistoryRecord {
  const record = toHistoryRecord(run);
  return { ...record, points: record.points.map((p) => ({ ...p, samples: [] })) };
}

/** Options of {@link createCoreOutputs}. */
export interface CoreOutputsOptions {
  /** The app's perfgate config object (`import config from './perfgate.config'`); defaults filled by core. */
  config: PerfgateConfigInput;
  /** Directory `storageDir` is relative to. Default `process.cwd()` (the app root under `next start`). */
  rootDir?: string;
  /** Alert sinks used instead of the configured channels (tests, custom delivery). */
  alertSinks?: AlertSink[];
  /** Field windows kept in memory for alert rules (count; summaries only, no samples). Default 500. */
  recentWindows?: number;
  onError: (error: unknown) => void;
  log: (line: string) => void;
}

interface Outputs {
  storageDir: string;
  store?: FileHistoryStore;
  exporters?: ExportersConfig;
  alerts?: AlertsConfig;
}

/**
 * The core side of each closed field window, configured from `perfgate.config` like lab runs:
 * append to the history (`FileHistoryStore.appendAndCompact`, so `history.retentionRuns` bounds the field
 * windows like lab runs, per source), export (Pushgateway / OTLP), then run the alert rules
 * (core's `runAlerts`, with dedupe/resolve state under `storageDir`) over the recent field windows.
 * The config object is imported by the route (not searched on disk), so bundlers see no dynamic file access;
 * it is validated on the first window, and a bad config is reported through `onError`.
 * Never throws: every failure goes to `onError`.
 */
export function createCoreOutputs(options: CoreOutputsOptions): (run: Run) => Promise<void> {
  let setup: Promise<Outputs | undefined> | undefined;
  const recent: HistoryRecord[] = [];
  const keep = Math.max(1, options.recentWindows ?? 500);

  const load = async (): Promise<Outputs> => {
    const source = 'perfgate config passed to createVitalsHandler';
    const config = parseConfig(options.config, source);
    const storageDir = resolve(options.rootDir ?? process.cwd(), config.storageDir);
    const history = parseHistoryConfig(config.history, source);
    const out: Outputs = { storageDir };
    if (history.enabled) {
      out.store = new FileHistoryStore({ dir: resolve(storageDir, history.dir), partition: history.partition, retentionRuns: history.retentionRuns, retentionDays: history.retentionDays, warn: options.log });
    }
    if (config.exporters) out.exporters = parseExportersConfig(config.exporters, source);
    if (config.alerts) out.alerts = parseAlertsConfig(config.alerts, source);
    return out;
  };

  const step = async (what: () => Promise<unknown>) => {
    try {
      await what();
    } catch (e) {
      options.onError(e);
    }
  };

  return async (run) => {
    setup ??= load().catch((e: unknown) => {
      options.onError(e);
      return undefined;
    });
    const out = await setup;
    if (!out) return;
    if (out.store) await step(() => out.store!.appendAndCompact(run));
    if (out.exporters) await step(() => exportRun(run, out.exporters!, { log: options.log }));
    const alerts = out.alerts;
    if (alerts && alerts.rules.length > 0) {
      recent.push(alertRecordOf(run));
      if (recent.length > keep) recent.splice(0, recent.length - keep);
      await step(() => runAlerts({ records: recent, config: alerts, storageDir: out.storageDir, log: options.log, ...(options.alertSinks ? { sinks: options.alertSinks } : {}) }));
    }
  };
}
