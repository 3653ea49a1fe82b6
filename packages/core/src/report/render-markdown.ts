import type { RunReport } from '../model.js';
import { describeAttribution } from './attribution.js';
import { rowCells } from './row-cells.js';

/** Escapes text for a Markdown table cell (pipes, HTML, backticks, newlines). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\r?\n/g, ' ');
}

/** Attribution entries shown per failing row (a PR comment stays short; the JSON report has them all). */
const MAX_ATTRIBUTION_ENTRIES = 4;

const ICON: Record<string, string> = {
  regressed: '🔴',
  'over-budget': '🔴',
  'budget-warning': '🟡',
  inconclusive: '⚪',
  improved: '🟢',
  new: '🆕',
  ok: '✅',
};

/**
 * Compact Markdown for PR comments and `$GITHUB_STEP_SUMMARY`: a one-line verdict, a table of
 * regressions and budget problems first (with attribution), recommendations, and the passing rows
 * folded into `<details>`.
 */
export function renderMarkdown(report: RunReport): string {
  const rows = report.verdicts.map((v) => ({ v, c: rowCells(v) }));
  const failing = rows.filter((r) => r.c.status === 'regressed' || r.c.status === 'over-budget' || r.c.status === 'budget-warning');
  const failingSet = new Set(failing);
  const rest = rows.filter((r) => !failingSet.has(r));
  const errors = rows.filter((r) => r.v.budget?.status === 'error').length;
  const regressions = report.regressions.length;
  const ok = regressions === 0 && errors === 0;
  const run = report.run;
  const out: string[] = [];
  const title = ok
    ? `### ✅ perfgate: no regressions (${rows.length} checked)`
    : `### ❌ perfgate: ${regressions} regression${regressions === 1 ? '' : 's'}, ${errors} budget error${errors === 1 ? '' : 's'}`;
  out.push(title, '');
  out.push(`<sub>${escapeMarkdown(run.source)} run ${escapeMarkdown(run.id)}${run.git?.sha ? ` · ${escapeMarkdown(run.git.sha.slice(0, 10))}` : ''} · severity ${report.severity}</sub>`, '');
  const header = ['| | Route | Metric | Value | Baseline | Change | Budget |', '|---|---|---|---:|---:|---:|---:|'];
  const line = (r: (typeof rows)[number]) =>
    `| ${ICON[r.c.status] ?? ''} | ${escapeMarkdown(r.c.route)} | ${escapeMarkdown(r.c.metric)} | ${escapeMarkdown(r.c.value)} | ${escapeMarkdown(r.c.baseline)} | ${escapeMarkdown(r.c.change)} | ${escapeMarkdown(r.c.budget)} |`;
  if (failing.length > 0) {
    out.push(...header, ...failing.map(line), '');
    const notes = failing
      .map((r) => ({ r, lines: describeAttribution(r.v.attribution) }))
      .filter((x) => x.lines.length > 0)
      .map(({ r, lines }) => {
        // Compact for a PR comment: the first few attribution entries; the JSON report has all of them.
        const shown = lines.slice(0, MAX_ATTRIBUTION_ENTRIES).map(escapeMarkdown);
        if (lines.length > MAX_ATTRIBUTION_ENTRIES) shown.push(`… ${lines.length - MAX_ATTRIBUTION_ENTRIES} more in the JSON report`);
        return `- **${escapeMarkdown(r.c.route)} ${escapeMarkdown(r.c.metric)}** — ${shown.join('; ')}`;
      });
    if (notes.length > 0) out.push(...notes, '');
  }
  if (report.recommendations.length > 0) {
    out.push('**Recommendations**', '', ...report.recommendations.map((r) => `- ${r.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`), '');
  }
  if (rest.length > 0) {
    if (failing.length > 0) out.push(`<details><summary>${rest.length} other check${rest.length === 1 ? '' : 's'}</summary>`, '');
    out.push(...header, ...rest.map(line), '');
    if (failing.length > 0) out.push('</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
