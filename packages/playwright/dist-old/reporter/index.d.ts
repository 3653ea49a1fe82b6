export { default } from './reporter.js';
export type { PerfReporterOptions } from './reporter.js';
export { gatherRuns } from './gather.js';
export type { Gathered, GatherOptions, MissingNote, TestResults } from './gather.js';
//# sourceMappingURL=index.d.ts.map