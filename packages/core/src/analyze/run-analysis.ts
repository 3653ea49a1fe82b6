import { join } from 'node:path';
import { FileBaselineStore } from '../baseline/index.js';
import type { RecordResult } from '../baseline/index.js';
import type { PerfgateConfig } from '../config/schema.js';
import { parseHistoryConfig } from '../history/config.js';
import { writeFileAtomic } from '../history/atomic-write.js';
import { FileHistoryStore } from '../history/file-history-store.js';
import { parseAlertsConfig } from '../alerts/config.js';
import { runAlerts } from '../alerts/run-alerts.js';
import type { RunAlertsResult } from '../alerts/run-alerts.js';
import type { RunReport } from '../model.js';
import { buildReport } from '../report/index.js';
import { renderHtml } from '../report/html/index.js';
import { detectChangePoints } from '../trends/index.js';
import { analyzeHistory } from './analyze-history.js';
import type { HistoryAnalysis } from './analyze-history.js';
import { recordToRun } from './record-to-run.js';
import { renderAnalysisMarkdown, renderAnalysisText } from './render-analysis.js';

/** Options of {@link runAnalysis}. */
export interface RunAnalysisOptions {
  config: PerfgateConfig;
  /** Absolute storage directory (`.perfgate`). */
  storageDir: string;
  /** Window: `"7d"` (weekly analysis), `"24h"` (daily health check), or an ISO date. */
  since: string;
  /** Report file base name. Default `analysis-<since>`. */
  name?: string;
  /** Record the newest run of each source into the baseline (rolling window, per `baseline.strategy`). */
  updateBaseline?: boolean;
  /** Evaluate `alerts.rules` over the window and deliver (dedupe state in `.perfgate/alerts-state.json`). */
  alerts?: boolean;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  now?: number;
}

/** What {@link runAnalysis} did. */
export interface RunAnalysisResult {
  analysis: HistoryAnalysis;
  /** Report of the newest run (per source) against the earlier runs of the window, when any. */
  latestReports: RunReport[];
  files: string[];
  baseline: RecordResult[];
  alerts?: RunAlertsResult;
}

/**
 * The scheduled workflow: reads the history, analyses the window, writes
 * `<storageDir>/reports/<name>.{json,md,txt,html}` atomically, and optionally updates the baseline
 * with the newest runs and delivers alerts.
 */
export async function runAnalysis(options: RunAnalysisOptions): Promise<RunAnalysisResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now();
  const hist = parseHistoryConfig(options.config.history);
  const store = new FileHistoryStore({ dir: join(options.storageDir, hist.dir), partition: hist.partition, warn: log, now: () => now });
  const records = await store.readRuns({ since: options.since });
  const analysis = analyzeHistory(records, options.config, { since: options.since, now });

  // The newest run of each source, compared with the earlier runs of the window (keepRuns of them).
  const latestReports: RunReport[] = [];
  for (const source of ['bundle', 'lab', 'field'] as const) {
    const mine = records.filter((r) => r.source === source);
    const newest = mine[mine.length - 1];
    if (!newest) continue;
    const earlier = mine.slice(0, -1).slice(-options.config.baseline.keepRuns);
    const run = recordToRun(newest);
    latestReports.push(buildReport(run, {
      config: options.config,
      baseline: (m) => {
        const runs = earlier.map((r) => r.points.find((p) => p.route === m.route && p.metric === m.metric)?.samples ?? []).filter((s) => s.length > 0);
        return runs.length > 0 ? runs : undefined;
      },
    }));
  }

  const name = options.name ?? `analysis-${options.since.replace(/[^\w.-]/g, '_')}`;
  const dir = join(options.storageDir, 'reports');
  const files: string[] = [];
  const write = async (ext: string, text: string): Promise<void> => {
    const file = join(dir, `${name}.${ext}`);
    await writeFileAtomic(file, text);
    files.push(file);
  };
  await write('json', `${JSON.stringify({ analysis, latestReports }, null, 2)}\n`);
  await write('md', renderAnalysisMarkdown(analysis, `perfgate analysis (since ${options.since})`));
  await write('txt', renderAnalysisText(analysis, `perfgate analysis (since ${options.since})`));
  const headline = latestReports.find((r) => r.run.source === 'lab') ?? latestReports[0];
  if (headline) {
    const html = renderHtml(headline, {
      history: records,
      changePoints: (values) => (values.length >= 10 ? detectChangePoints(values, { seed: 1, permutations: 499 }) : []),
      tolerance: options.config.regression.minRelativeChange,
      title: `perfgate analysis (since ${options.since}) — latest ${headline.run.source} run`,
    });
    await write('html', html);
  }

  const baseline: RecordResult[] = [];
  if (options.updateBaseline) {
    const b = new FileBaselineStore({ dir: options.storageDir, keepRuns: options.config.baseline.keepRuns, strategy: options.config.baseline.strategy, maxCv: options.config.baseline.maxCv, ...(options.config.baseline.maxAgeDays ? { maxAgeDays: options.config.baseline.maxAgeDays } : {}) });
    for (const report of latestReports) {
      const r = await b.record(report.run, { report });
      baseline.push(r);
      log(`perfgate analyze: baseline ${r.recorded ? 'updated' : 'unchanged'} from ${report.run.source} run ${report.run.id}: ${r.reason}`);
    }
  }

  const result: RunAnalysisResult = { analysis, latestReports, files, baseline };
  if (options.alerts && options.config.alerts) {
    result.alerts = await runAlerts({ records, config: parseAlertsConfig(options.config.alerts), storageDir: options.storageDir, env: options.env ?? process.env, log, now });
  }
  return result;
}
