// Barrel for report. Only re-exports. (The HTML renderer lives in ./html/, owned by history-alerts.)
export { buildReport, compareOptionsFor } from './build-report.js';
export type { BuildReportInput } from './build-report.js';
export { gateFailures } from './gate-failures.js';
export { renderText } from './render-text.js';
export type { RenderTextOptions } from './render-text.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderJson, REPORT_VERSION } from './render-json.js';
export { parseReport, parseRun, readPerfgateInput, readReportFile, ReportFileError, runSchema, reportSchema, measurementSchema } from './read-report.js';
export type { PerfgateInput } from './read-report.js';
export { formatValue, formatPercent, formatChange } from './format-values.js';
export { verdictStatus, sortVerdicts, worstSeverity, STATUS_LABEL } from './verdict-status.js';
export type { VerdictStatus } from './verdict-status.js';
export { describeAttribution } from './attribution.js';
export { recommendationsFor } from './recommendations.js';
export { shouldUseColor } from './color.js';
