/**
 * Validation of the new-campaign form, in plain TypeScript. Imported as `@demo/campaign-validation`,
 * which `next.config.mjs` points at `src/regressions/bundle/campaign-validation.ts` when
 * `PERFGATE_DEMO_REGRESSION=bundle` (the same checks written with the whole of lodash).
 */
export interface CampaignDraft {
  name: string;
  channel: string;
  /** Daily budget as typed (USD). */
  dailyBudget: string;
  /** `yyyy-mm-dd` from the date input. */
  startDate: string;
}

export type DraftErrors = Partial<Record<keyof CampaignDraft, string>>;

const CHANNELS = new Set(['email', 'search', 'social', 'display']);

/** Returns one message per invalid field; an empty object when the draft is valid. */
export function validateCampaignDraft(draft: CampaignDraft): DraftErrors {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name.length < 3) errors.name = 'Enter a campaign name of at least 3 characters.';
  else if (name.length > 60) errors.name = 'Keep the campaign name under 60 characters.';
  if (!CHANNELS.has(draft.channel)) errors.channel = 'Choose a channel.';
  const budget = Number(draft.dailyBudget);
  if (draft.dailyBudget.trim() === '' || !Number.isFinite(budget)) errors.dailyBudget = 'Enter a daily budget in dollars.';
  else if (budget < 10 || budget > 10_000) errors.dailyBudget = 'The daily budget must be between $10 and $10,000.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) errors.startDate = 'Pick a start date.';
  return errors;
}
