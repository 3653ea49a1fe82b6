// @perfgate/playwright/reporter entry: the reporter is the default export (Playwright loads it by path).
export { default } from './reporter.js';
export type { PerfReporterOptions } from './reporter.js';
export { gatherRuns } from './gather.js';
export type { Gathered, GatherOptions, MissingNote, TestResults } from './gather.js';
