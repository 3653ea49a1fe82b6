/**
 * The demo's perf flows: each route is loaded, then driven through one real interaction by its
 * accessible name, so INP is measured on something a user does.
 */
import type { Page } from '@playwright/test';

export interface RouteFlow {
  /** Route pattern the samples are recorded under. */
  route: string;
  /** What the interaction is, for the test title. */
  interaction: string;
  /** Drives the interaction on a loaded page and waits for its visible result. */
  interact(page: Page): Promise<void>;
}

export const ROUTE_FLOWS: readonly RouteFlow[] = [
  {
    route: '/dashboard',
    interaction: 'Refresh the traffic chart',
    async interact(page) {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.getByRole('heading', { name: 'Traffic, week 2' }).waitFor();
    },
  },
  {
    route: '/campaigns',
    interaction: 'sort by budget',
    async interact(page) {
      await page.getByRole('button', { name: 'Sort by budget' }).click();
      await page.locator('th[aria-sort="ascending"], tbody tr').first().waitFor();
    },
  },
  {
    route: '/campaigns/new',
    interaction: 'submit the empty form and see the validation errors',
    async interact(page) {
      await page.getByRole('button', { name: 'Create campaign' }).click();
      await page.getByRole('alert').first().waitFor();
    },
  },
  {
    route: '/personas',
    interaction: 'archive a persona',
    async interact(page) {
      await page.getByRole('button', { name: 'Archive Growth Gabe' }).click();
      await page.getByRole('button', { name: 'Restore Growth Gabe' }).waitFor();
    },
  },
  {
    route: '/proxies',
    interaction: 'disable a proxy',
    async interact(page) {
      await page.getByRole('button', { name: 'Disable px-01' }).click();
      await page.getByRole('button', { name: 'Enable px-01' }).waitFor();
    },
  },
  {
    route: '/legacy-report',
    interaction: 'show the breakdown (Pages Router)',
    async interact(page) {
      await page.getByRole('button', { name: 'Show breakdown' }).click();
      await page.getByRole('button', { name: 'Hide breakdown' }).waitFor();
    },
  },
];
