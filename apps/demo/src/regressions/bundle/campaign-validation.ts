/**
 * REGRESSION `bundle`: the same validation as `src/campaign-validation`, written with a default import
 * of the whole of lodash (~70 kB gzip of CommonJS that no bundler can tree-shake). `next.config.mjs`
 * aliases `@demo/campaign-validation` to this file only when `PERFGATE_DEMO_REGRESSION=bundle`, so it
 * lands in the first load of `/campaigns/new`. perfgate's bundle budget catches it at `next build`,
 * and `@perfgate/eslint-plugin`'s heavy-import rule flags the import (see test/lint.test.ts).
 */
import _ from 'lodash';
import type { CampaignDraft, DraftErrors } from '../../campaign-validation/index';

export type { CampaignDraft, DraftErrors };

const CHANNELS = ['email', 'search', 'social', 'display'];

/** Returns one message per invalid field; an empty object when the draft is valid. */
export function validateCampaignDraft(draft: CampaignDraft): DraftErrors {
  const errors: DraftErrors = {};
  const name = _.trim(draft.name);
  if (_.size(name) < 3) errors.name = 'Enter a campaign name of at least 3 characters.';
  else if (_.size(name) > 60) errors.name = 'Keep the campaign name under 60 characters.';
  if (!_.includes(CHANNELS, draft.channel)) errors.channel = 'Choose a channel.';
  const budget = _.toNumber(draft.dailyBudget);
  if (_.isEmpty(_.trim(draft.dailyBudget)) || !_.isFinite(budget)) errors.dailyBudget = 'Enter a daily budget in dollars.';
  else if (!_.inRange(budget, 10, 10_000.01)) errors.dailyBudget = 'The daily budget must be between $10 and $10,000.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) errors.startDate = 'Pick a start date.';
  return errors;
}
