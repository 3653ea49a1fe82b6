/**
 * DomainFlow's performance suite: every route loaded in a fresh context several times (cold cache),
 * one real interaction each, measured by @perfgate/playwright. Budgets and the statistical baseline
 * come from perfgate.config.ts; the reporter writes `.perfgate/reports/lab.*`.
 */
import { test, expect } from '@perfgate/playwright';
import { ROUTE_FLOWS } from './routes';

for (const flow of ROUTE_FLOWS) {
  test(`${flow.route}: load, then ${flow.interaction}`, async ({ perf }) => {
    const samples = await perf.sample(
      async (page) => {
        await page.goto(flow.route);
        await flow.interact(page);
      },
      { route: flow.route },
    );
    expect(samples).toMeetBudgets();
    await expect(samples).toMatchBaseline();
  });
}
