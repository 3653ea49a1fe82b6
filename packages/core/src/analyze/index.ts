// Barrel for analyze (re-exported through history/index.ts). Only re-exports.
export { analyzeHistory, recommendationsForAnalysis } from './analyze-history.js';
export type { HistoryAnalysis, SeriesAnalysis, LocatedChangePoint, AnalyzeOptions } from './analyze-history.js';
export { renderAnalysisText, renderAnalysisMarkdown } from './render-analysis.js';
export { runAnalysis } from './run-analysis.js';
export type { RunAnalysisOptions, RunAnalysisResult } from './run-analysis.js';
export { recordToRun } from './record-to-run.js';
