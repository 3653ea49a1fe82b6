import { escapeMarkdown } from '../report/render-markdown.js';
import { formatValue } from '../report/format-values.js';
import type { HistoryAnalysis, SeriesAnalysis } from './analyze-history.js';

const pct = (r: number): string => `${r >= 0 ? '+' : ''}${(r * 100).toFixed(1)}%`;

function flags(s: SeriesAnalysis): string {
  const f: string[] = [];
  if (s.budget && s.budget.status !== 'ok') f.push(`budget ${s.budget.status}`);
  const adverse = s.changePoints.filter((c) => c.adverse);
  if (adverse.length) f.push(`step ${adverse.map((c) => pct(c.relativeChange)).join(', ')}`);
  if (s.trend === 'worse') f.push('worse trend');
  if (s.anomaly) f.push('anomaly');
  return f.join('; ') || (s.trend === 'better' ? 'improving' : 'ok');
}

/** Plain-text analysis (terminal, CI log). */
export function renderAnalysisText(a: HistoryAnalysis, title = 'perfgate analysis'): string {
  const lines = [`${title}: ${a.since} → ${a.until}, ${a.runs} run(s), ${a.series.length} series — ${a.healthy ? 'HEALTHY' : 'NEEDS ATTENTION'}`, ''];
  for (const s of a.series) {
    lines.push(`  ${flags(s).padEnd(24)} ${s.source.padEnd(6)} ${s.route} ${s.metric}: latest ${formatValue(s.latest, s.unit)}, median ${formatValue(s.median, s.unit)}, trend ${pct(s.relativeChange)} over ${s.runs} runs`);
  }
  lines.push('', 'Recommendations:', ...a.recommendations.map((r) => `  - ${r}`), '');
  return lines.join('\n');
}

/** Markdown analysis (`$GITHUB_STEP_SUMMARY`, issues), attention first, compact. */
export function renderAnalysisMarkdown(a: HistoryAnalysis, title = 'perfgate analysis'): string {
  const rows = a.series.slice(0, 50).map((s) =>
    `| ${escapeMarkdown(flags(s))} | ${s.source} | ${escapeMarkdown(s.route)} | ${escapeMarkdown(s.metric)} | ${formatValue(s.latest, s.unit)} | ${formatValue(s.median, s.unit)} | ${pct(s.relativeChange)} | ${s.runs} |`);
  return [
    `### ${a.healthy ? '✅' : '⚠️'} ${escapeMarkdown(title)} — ${a.healthy ? 'healthy' : 'needs attention'}`,
    '',
    `${a.since.slice(0, 16)} → ${a.until.slice(0, 16)} UTC · ${a.runs} run(s) · ${a.series.length} series · ${a.attention.length} need attention`,
    '',
    '| status | source | route | metric | latest (p75) | median | trend | runs |',
    '|---|---|---|---|---:|---:|---:|---:|',
    ...rows,
    ...(a.series.length > 50 ? [``, `… ${a.series.length - 50} more series in the JSON report.`] : []),
    '',
    '**Recommendations**',
    '',
    ...a.recommendations.map((r) => `- ${escapeMarkdown(r)}`),
    '',
  ].join('\n');
}
