// @perfgate/playwright public API: only re-exports.
export { test, expect } from './fixture/fixture.js';
export type { PerfTestFixtures, PerfTestOptions, PerfWorkerFixtures } from './fixture/fixture.js';
export { PerfController } from './collect/perf-controller.js';
export type { CollectOptions, SampleOptions, SampleTarget } from './collect/perf-controller.js';
export type { PerfOptions } from './collect/options.js';
export type { MetricResult, PerfResult } from './collect/result.js';
export { missingMetrics } from './collect/result.js';
export type { PerfSampleSet, SampledMetric } from './collect/sample-set.js';
export { perfgateLaunchOptions, chooseBrowser, SYSTEM_CHROMIUM_ARGS } from './browser/launch-options.js';
export type { BrowserChoice, PerfgateLaunchOptionsInput } from './browser/launch-options.js';
export { THROTTLING_PRESETS, resolveThrottling } from './throttling/presets.js';
export type { ThrottlingConditions, ThrottlingInput } from './throttling/presets.js';
export { checkBudgets } from './matchers/to-meet-budgets.js';
export type { InlineBudgets } from './matchers/to-meet-budgets.js';
export { checkBaseline } from './matchers/to-match-baseline.js';
export { PerfgateSetupError, PerfgateOptionError, PerfgateAttachmentError } from './errors.js';
export { PERF_ATTACHMENT } from './fixture/attachment.js';
export { webVitalsIifePath } from './inject/web-vitals-script.js';
