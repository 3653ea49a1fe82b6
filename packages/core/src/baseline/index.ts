// Barrel for baseline. Only re-exports.
export { FileBaselineStore } from './file-baseline-store.js';
export type { FileBaselineStoreOptions, RecordOptions, RecordResult, ResetFilter } from './file-baseline-store.js';
export { BaselineFileError, BaselineSchemaError, BaselineLockError } from './errors.js';
export { BASELINE_SCHEMA_VERSION } from './types.js';
export type { BaselineData, BaselineEntry, BaselineKey, BaselineRun } from './types.js';
export { baselineKeyOf, environmentKey, formatBaselineKey } from './keys.js';
export { readBaselineFile, parseBaseline, serializeBaseline, emptyBaseline } from './read-baseline.js';
export { decideRecording, coefficientOfVariation, ANOMALY_CV_FACTOR } from './strategies.js';
export type { BaselineStrategy, RecordDecision } from './strategies.js';
export { prettyJson } from './json-file.js';
export { withFileLock } from './lock.js';
export type { LockOptions } from './lock.js';
