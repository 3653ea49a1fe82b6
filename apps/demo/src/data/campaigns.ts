import { pick, seededRandom } from './random';

export type CampaignStatus = 'active' | 'paused' | 'draft' | 'completed';
export type Channel = 'email' | 'search' | 'social' | 'display';

export interface Campaign {
  id: string;
  name: string;
  channel: Channel;
  status: CampaignStatus;
  /** Daily budget (USD). */
  dailyBudget: number;
  /** Clicks in the last 30 days. */
  clicks: number;
  /** Conversions in the last 30 days. */
  conversions: number;
  /** ISO date (yyyy-mm-dd). */
  startDate: string;
}

export const CHANNELS: readonly Channel[] = ['email', 'search', 'social', 'display'];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['active', 'paused', 'draft', 'completed'];

const ADJECTIVES = ['Spring', 'Summer', 'Autumn', 'Winter', 'Evergreen', 'Flash', 'Loyalty', 'Launch', 'Retarget', 'Brand'];
const NOUNS = ['Promo', 'Newsletter', 'Push', 'Awareness', 'Upsell', 'Webinar', 'Giveaway', 'Outreach', 'Drip', 'Reactivation'];

/** Builds `count` deterministic campaigns. */
export function makeCampaigns(count: number, seed = 7): Campaign[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const clicks = Math.round(200 + random() * 24_000);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      id: `cmp-${String(i + 1).padStart(3, '0')}`,
      name: `${pick(ADJECTIVES, random)} ${pick(NOUNS, random)} ${i + 1}`,
      channel: pick(CHANNELS, random),
      status: pick(CAMPAIGN_STATUSES, random),
      dailyBudget: Math.round(20 + random() * 980),
      clicks,
      conversions: Math.round(clicks * (0.005 + random() * 0.06)),
      startDate: `2026-${month}-${day}`,
    };
  });
}

/** The campaigns every page shows. */
export const CAMPAIGNS: readonly Campaign[] = makeCampaigns(60);
