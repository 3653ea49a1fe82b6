import type { RunReport } from '../model.js';
import { describeAttribution } from './attribution.js';
import { paint, shouldUseColor } from './color.js';
import { rowCells } from './row-cells.js';
import type { RowCells } from './row-cells.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** ANSI colour; default {@link shouldUseColor} for stdout. */
  color?: boolean;
  /** Show passing rows too (default true). */
  all?: boolean;
  /**
   * At most this many passing rows (ok, improved, no baseline, inconclusive); the rest are counted in
   * one line. Failing rows are always shown. Default: all.
   */
  maxPassingRows?: number;
  /** Where the full table is, named in the "… more" line (e.g. `.perfgate/reports/bundle.txt`). */
  fullReportPath?: string;
}

const COLUMNS: Array<[keyof RowCells, string]> = [
  ['label', 'status'],
  ['route', 'route'],
  ['metric', 'metric'],
  ['value', 'value'],
  ['baseline', 'baseline'],
  ['change', 'change'],
  ['budget', 'budget'],
];

/** A terminal table of the report: failures first, attribution under failing rows, then a summary and recommendations. */
export function renderText(report: RunReport, options: RenderTextOptions = {}): string {
  const p = paint(options.color ?? shouldUseColor());
  const run = report.run;
  const head = `perfgate · ${run.source} run ${run.id}${run.git?.sha ? ` · ${run.git.sha.slice(0, 10)}` : ''}${run.git?.branch ? ` (${run.git.branch})` : ''}`;
  const lines: string[] = [p.bold(head)];
  const failingStatus = (status: string) => status === 'regressed' || status === 'over-budget' || status === 'budget-warning';
  let verdicts = options.all === false ? report.verdicts.filter((v) => rowCells(v).status !== 'ok') : report.verdicts;
  let hidden = 0;
  if (options.maxPassingRows !== undefined) {
    let shown = 0;
    verdicts = verdicts.filter((v) => {
      if (failingStatus(rowCells(v).status)) return true;
      if (shown < (options.maxPassingRows ?? 0)) {
        shown++;
        return true;
      }
      hidden++;
      return false;
    });
  }
  if (verdicts.length === 0) lines.push(p.dim('(no measurements)'));
  else {
    const rows = verdicts.map((v) => ({ v, cells: rowCells(v) }));
    const widths = COLUMNS.map(([k, title]) => Math.max(title.length, ...rows.map((r) => String(r.cells[k]).length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    lines.push(p.dim(fmt(COLUMNS.map(([, t]) => t))));
    for (const { v, cells } of rows) {
      const text = fmt(COLUMNS.map(([k]) => String(cells[k])));
      const styled =
        cells.status === 'regressed' || cells.status === 'over-budget' ? p.red(text)
        : cells.status === 'budget-warning' ? p.yellow(text)
        : cells.status === 'improved' ? p.green(text)
        : text;
      lines.push(styled);
      if (cells.status === 'regressed' || cells.status === 'over-budget' || cells.status === 'budget-warning') {
        for (const a of describeAttribution(v.attribution)) lines.push(p.dim(`    ↳ ${a}`));
        const reason = v.comparison?.reason;
        if (reason && cells.status === 'regressed') lines.push(p.dim(`    ↳ ${reason}`));
      }
    }
  }
  if (hidden > 0) lines.push(p.dim(`… ${hidden} more passing check${hidden === 1 ? '' : 's'}${options.fullReportPath ? ` (full table: ${options.fullReportPath})` : ''}`));
  lines.push('');
  lines.push(summaryLine(report, p));
  if (report.recommendations.length > 0) {
    lines.push('');
    lines.push(p.bold('Recommendations'));
    for (const r of report.recommendations) lines.push(`  - ${r}`);
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: RunReport, p: ReturnType<typeof paint>): string {
  const regressions = report.regressions.length;
  const errors = report.verdicts.filter((v) => v.budget?.status === 'error').length;
  const warns = report.verdicts.filter((v) => v.budget?.status === 'warn').length;
  const improved = report.verdicts.filter((v) => v.comparison?.verdict === 'improved').length;
  const parts = [
    `${regressions} regression${regressions === 1 ? '' : 's'}`,
    `${errors} budget error${errors === 1 ? '' : 's'}`,
    `${warns} budget warning${warns === 1 ? '' : 's'}`,
    `${improved} improved`,
    `${report.verdicts.length} checked`,
  ].join(', ');
  const ok = regressions === 0 && errors === 0;
  return ok ? p.green(`✔ ${parts} (severity ${report.severity})`) : p.red(`✖ ${parts} (severity ${report.severity})`);
}
