import { join } from 'node:path';
import { parseAlertsConfig } from '../alerts/config.js';
import { runAlerts } from '../alerts/run-alerts.js';
import { parseExportersConfig } from '../exporters/config.js';
import { exportRun } from '../exporters/export-run.js';
import { registerGateHook, registerReportFormat } from '../gate/extensions.js';
import type { GateContext, GateHook, ReportFormat } from '../gate/extensions.js';
import { DEFAULT_FIELD_WINDOWS, renderHtml } from '../report/html/index.js';
import { detectChangePoints } from '../trends/index.js';
import { parseHistoryConfig } from './config.js';
import { FileHistoryStore } from './file-history-store.js';

/** Runs read for the HTML trends and alert rules (newest kept). */
const RECENT_RUNS = 200;

function storeFor(ctx: GateContext): FileHistoryStore | undefined {
  const hist = parseHistoryConfig(ctx.config.history, 'perfgate config');
  if (!hist.enabled) return undefined;
  return new FileHistoryStore({ dir: join(ctx.storageDir, hist.dir), partition: hist.partition, retentionRuns: hist.retentionRuns, retentionDays: hist.retentionDays, warn: ctx.log });
}

/**
 * The `html` report format for `runGate`: {@link renderHtml} with the history's trends and change points,
 * and the latest field-monitoring windows (`source: 'field'`) next to a lab or bundle run's values.
 */
export const htmlReportFormat: ReportFormat = {
  extension: 'html',
  async render(report, ctx) {
    const store = storeFor(ctx);
    const records = store ? await store.readRuns() : [];
    const history = records.filter((r) => r.source === report.run.source).slice(-RECENT_RUNS);
    const field = report.run.source === 'field' ? [] : records.filter((r) => r.source === 'field').slice(-DEFAULT_FIELD_WINDOWS);
    return renderHtml(report, {
      history,
      field,
      changePoints: (values) => (values.length >= 10 ? detectChangePoints(values, { seed: 1, permutations: 499 }) : []),
      tolerance: ctx.config.regression.minRelativeChange,
    });
  },
};

/**
 * The gate hook: appends the run to the history (with retention), exports it (Pushgateway/OTLP, when
 * `exporters` is configured) and evaluates/delivers alerts (when `alerts.rules` is set). Receivers that
 * are down only log; the hook returns the files it wrote.
 */
export const historyGateHook: GateHook = async (ctx) => {
  const files: string[] = [];
  const store = storeFor(ctx);
  if (store) {
    const record = await store.appendAndCompact(ctx.run, ctx.report);
    files.push(store.fileFor(record));
  }
  if (ctx.config.exporters) await exportRun({ run: ctx.run, report: ctx.report }, parseExportersConfig(ctx.config.exporters, 'perfgate config'), { log: ctx.log });
  if (ctx.config.alerts) {
    const alerts = parseAlertsConfig(ctx.config.alerts, 'perfgate config');
    if (alerts.rules.length > 0 && store) {
      const records = (await store.readRuns()).slice(-RECENT_RUNS);
      const result = await runAlerts({ records, config: alerts, storageDir: ctx.storageDir, log: ctx.log });
      files.push(result.stateFile);
    }
  }
  return files;
};

/** Registers {@link htmlReportFormat} and {@link historyGateHook} with `runGate` (idempotent). */
export function registerHistoryExtensions(): void {
  registerReportFormat(htmlReportFormat);
  registerGateHook('perfgate-history', historyGateHook);
}
