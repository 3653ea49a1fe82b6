// Barrel for history (and analyze, which lives in ../analyze). Only re-exports.
export { htmlReportFormat, historyGateHook, registerHistoryExtensions } from './gate-extensions.js';
export { FileHistoryStore, retentionSlackRuns, retentionSlackMs } from './file-history-store.js';
export type { FileHistoryStoreOptions, ReadRunsOptions, CompactionResult } from './file-history-store.js';
export type { ReadNewestOptions } from './read-newest.js';
export { toHistoryRecord, summarizePoint, isHistoryRecord, parseHistoryLine, serializeHistoryRecord, HISTORY_SCHEMA } from './record.js';
export type { HistoryRecord, HistoryPoint, PointSummary, HistoryVerdictSummary } from './record.js';
export { parseHistoryConfig, historyConfigSchema } from './config.js';
export type { HistoryConfig, HistoryConfigInput } from './config.js';
export { parseDuration, resolveSince } from './duration.js';
export { writeFileAtomic } from './atomic-write.js';
export { HistoryLockError, DurationFormatError } from './errors.js';
export * from '../report/html/index.js';
export * from '../analyze/index.js';
