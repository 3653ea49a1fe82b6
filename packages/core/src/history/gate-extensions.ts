import { join } from 'node:path';
import { parseAlertsConfig } from '../alerts/config.js';
import { runAlerts } from '../alerts/run-alerts.js';
import { parseExportersConfig } from '../exporters/config.js';
import { exportRun } from '../exporters/export-run.js';
import { registerGateHook, registerReportFormat } from '../gate/extensions.js';
import type { GateContext, GateHook, ReportFormat } from '../gate/extensions.js';
import { DEFAULT_FIELD_WINDOWS, renderHtml } from '../report/html/index.js';
import { getMetric } from '../metrics.js';
import { detectChangePoints } from '../trends/index.js';
import { parseHistoryConfig } from './config.js';
import { FileHistoryStore } from './file-history-store.js';
import type { HistoryRecord } from './record.js';

/** Runs of the gated run's source read for the HTML trends and alert rules (newest kept). */
export const RECENT_RUNS = 200;

/** Per gate (one `GateContext` per `runGate` call): its store and the one read of recent history. */
interface GateHistory {
  store: FileHistoryStore | undefined;
  recent?: Promise<HistoryRecord[]>;
}
const perGate = new WeakMap<GateContext, GateHistory>();

function gateHistory(ctx: GateContext): GateHistory {
  let entry = perGate.get(ctx);
  if (!entry) {
    const hist = parseHistoryConfig(ctx.config.history, 'perfgate config');
    const store = hist.enabled
      ? new FileHistoryStore({ dir: join(ctx.storageDir, hist.dir), partition: hist.partition, retentionRuns: hist.retentionRuns, retentionDays: hist.retentionDays, warn: ctx.log })
      : undefined;
    entry = { store };
    perGate.set(ctx, entry);
  }
  return entry;
}

/**
 * The history this gate needs, read once and shared by the HTML format and the hook: the newest
 * {@link RECENT_RUNS} runs of the run's source and, for lab and bundle runs, the newest
 * {@link DEFAULT_FIELD_WINDOWS} field windows among the part read. Read before this run is appended.
 */
function recentHistory(ctx: GateContext): Promise<HistoryRecord[]> {
  const entry = gateHistory(ctx);
  if (!entry.store) return Promise.resolve([]);
  const source = ctx.run.source;
  entry.recent ??= entry.store.readNewest({
    limits: source === 'field' ? { field: RECENT_RUNS } : { [source]: RECENT_RUNS, field: DEFAULT_FIELD_WINDOWS },
    stopAfter: source,
  });
  return entry.recent;
}

/**
 * Whether a trend moves by at least the metric's floor (`regression.floors`, else the catalogue's: 1 KB
 * for bundles, 50 ms for load timings): a smaller step is never a change perfgate reports, so the
 * permutation search (most of the HTML report's cost; bundle series mostly drift by a few bytes) is skipped.
 */
function spansFloor(values: readonly number[], metric: string, ctx: GateContext): boolean {
  const floor = ctx.config.regression.floors[metric] ?? getMetric(metric).floor;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo >= floor && hi > lo;
}

/**
 * The `html` report format for `runGate`: {@link renderHtml} with the history's trends and change points,
 * and the latest field-monitoring windows (`source: 'field'`) next to a lab or bundle run's values.
 */
export const htmlReportFormat: ReportFormat = {
  extension: 'html',
  async render(report, ctx) {
    const records = await recentHistory(ctx);
    const history = records.filter((r) => r.source === report.run.source);
    const field = report.run.source === 'field' ? [] : records.filter((r) => r.source === 'field');
    return renderHtml(report, {
      history,
      field,
      changePoints: (values, metric) => (values.length >= 10 && spansFloor(values, metric, ctx) ? detectChangePoints(values, { seed: 1, permutations: 499 }) : []),
      tolerance: ctx.config.regression.minRelativeChange,
    });
  },
};

/**
 * The gate hook: appends the run to the history (with retention), exports it (Pushgateway/OTLP, when
 * `exporters` is configured) and evaluates/delivers alerts (when `alerts.rules` is set) over the newest
 * {@link RECENT_RUNS} runs of the run's source (field windows are evaluated by the field handler as they
 * close). History is read once per gate, shared with the HTML format. Receivers that are down only log;
 * the hook returns the files it wrote.
 */
export const historyGateHook: GateHook = async (ctx) => {
  const files: string[] = [];
  const { store } = gateHistory(ctx);
  const alerts = ctx.config.alerts ? parseAlertsConfig(ctx.config.alerts, 'perfgate config') : undefined;
  const evaluate = alerts !== undefined && alerts.rules.length > 0 && store !== undefined;
  // Alert rules see the runs of this run's source (read once, before the append) and this run.
  const before = evaluate ? (await recentHistory(ctx)).filter((r) => r.source === ctx.run.source) : [];
  let appended: HistoryRecord | undefined;
  if (store) {
    appended = await store.appendAndCompact(ctx.run, ctx.report);
    files.push(store.fileFor(appended));
  }
  if (ctx.config.exporters) await exportRun({ run: ctx.run, report: ctx.report }, parseExportersConfig(ctx.config.exporters, 'perfgate config'), { log: ctx.log });
  if (evaluate && alerts) {
    const records = [...before, ...(appended ? [appended] : [])].slice(-RECENT_RUNS);
    const result = await runAlerts({ records, config: alerts, storageDir: ctx.storageDir, log: ctx.log });
    files.push(result.stateFile);
  }
  return files;
};

/** Registers {@link htmlReportFormat} and {@link historyGateHook} with `runGate` (idempotent). */
export function registerHistoryExtensions(): void {
  registerReportFormat(htmlReportFormat);
  registerGateHook('perfgate-history', historyGateHook);
}
