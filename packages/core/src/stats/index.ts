// Barrel for stats: only re-exports.
export type * from './compare-types.js';
export { COMPARE_METHODS } from './compare-types.js';
export { summarize, type Summary } from './summarize.js';
export { compareSamples, DEFAULT_COMPARE_OPTIONS } from './compare-samples.js';
export { compareMany, type CompareItem, type CompareManyOptions } from './compare-many.js';
export { configuredMethodOptions, optionsForMetric } from './options-for-metric.js';
export { adjustPValues, type Correction } from './p-adjust.js';
export { severityOf, SEVERITY_THRESHOLDS } from './severity.js';
export { mannWhitney, type MannWhitneyResult } from './mann-whitney.js';
export { hodgesLehmann, type ShiftEstimate } from './hodges-lehmann.js';
export { normalCdf, normalQuantile, studentTCdf, studentTQuantile, studentTTwoSidedP } from './distributions.js';
