// @perfgate/playwright/reporter entry: the reporter is the default export (Playwright loads it by path).
export { default } from './reporter.js';
export { gatherRuns } from './gather.js';
//# sourceMappingURL=index.js.map