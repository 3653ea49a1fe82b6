// @perfgate/playwright public API: only re-exports.
export { test, expect } from './fixture/fixture.js';
export { PerfController } from './collect/perf-controller.js';
export { missingMetrics } from './collect/result.js';
export { perfgateLaunchOptions, chooseBrowser, SYSTEM_CHROMIUM_ARGS } from './browser/launch-options.js';
export { THROTTLING_PRESETS, resolveThrottling } from './throttling/presets.js';
export { checkBudgets } from './matchers/to-meet-budgets.js';
export { checkBaseline, runOf } from './matchers/to-match-baseline.js';
export { PerfgateSetupError, PerfgateOptionError, PerfgateAttachmentError } from './errors.js';
export { PERF_ATTACHMENT, PERF_ATTACHMENT_TYPE, encodeAttachment, decodeAttachment } from './fixture/attachment.js';
export { webVitalsIifePath } from './inject/web-vitals-script.js';
//# sourceMappingURL=index.js.map