/** perfgate's `test` plus a worker-scoped loopback site with designed pages. */
import { test as perfTest } from '@perfgate/playwright';
import { startTestSite, type TestSite } from './site/server.js';

export const test = perfTest.extend<{}, { site: TestSite }>({
  site: [
    async ({}, use) => {
      const site = await startTestSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.origin),
});
export { expect } from '@perfgate/playwright';
