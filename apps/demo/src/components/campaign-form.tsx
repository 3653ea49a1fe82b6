'use client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CHANNELS } from '@/data/campaigns';
import { validateCampaignDraft } from '@demo/campaign-validation';
import type { CampaignDraft, DraftErrors } from '@demo/campaign-validation';

const EMPTY: CampaignDraft = { name: '', channel: '', dailyBudget: '', startDate: '' };

/** The new-campaign form: validates on submit and shows every error next to its field. */
export function CampaignForm() {
  const [draft, setDraft] = useState<CampaignDraft>(EMPTY);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saved, setSaved] = useState<string | null>(null);

  const update = (field: keyof CampaignDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateCampaignDraft(draft);
    setErrors(found);
    setSaved(Object.keys(found).length === 0 ? draft.name.trim() : null);
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="new-campaign-title">
      <h2 id="new-campaign-title">Campaign details</h2>
      <label>
        Campaign name
        <input name="name" value={draft.name} onChange={update('name')} aria-invalid={errors.name ? true : undefined} aria-describedby="name-error" />
      </label>
      <p id="name-error" className="error" role={errors.name ? 'alert' : undefined}>
        {errors.name}
      </p>
      <label>
        Channel
        <select name="channel" value={draft.channel} onChange={update('channel')} aria-invalid={errors.channel ? true : undefined} aria-describedby="channel-error">
          <option value="">Choose a channel</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channel}
            </option>
          ))}
        </select>
      </label>
      <p id="channel-error" className="error" role={errors.channel ? 'alert' : undefined}>
        {errors.channel}
      </p>
      <label>
        Daily budget (USD)
        <input name="dailyBudget" inputMode="decimal" value={draft.dailyBudget} onChange={update('dailyBudget')} aria-invalid={errors.dailyBudget ? true : undefined} aria-describedby="budget-error" />
      </label>
      <p id="budget-error" className="error" role={errors.dailyBudget ? 'alert' : undefined}>
        {errors.dailyBudget}
      </p>
      <label>
        Start date
        <input name="startDate" type="date" value={draft.startDate} onChange={update('startDate')} aria-invalid={errors.startDate ? true : undefined} aria-describedby="date-error" />
      </label>
      <p id="date-error" className="error" role={errors.startDate ? 'alert' : undefined}>
        {errors.startDate}
      </p>
      <button type="submit">Create campaign</button>
      <p className="success" aria-live="polite">
        {saved ? `Campaign “${saved}” saved as draft.` : ''}
      </p>
    </form>
  );
}
