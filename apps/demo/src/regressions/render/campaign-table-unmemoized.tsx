'use client';
/**
 * REGRESSION `render` (INP on /campaigns): the campaign table as someone might "simplify" it — sorting
 * in the render body without `useMemo`, by a score that deep-copies each campaign's daily history with
 * `JSON.parse(JSON.stringify(…))` and builds a new `Intl.NumberFormat` per comparison. The first render
 * keeps the server order (cheap), so load metrics stay the same; clicking "Sort by budget" re-renders
 * with ~n·log n expensive comparisons and the next paint is hundreds of ms late.
 * perfgate's Playwright gate catches the INP; `@perfgate/eslint-plugin`'s no-expensive-render-work flags
 * the `.sort()` in render (see test/lint.test.ts). The clean table is `src/components/campaign-table.tsx`.
 */
import { useState } from 'react';
import type { Campaign } from '@/data/campaigns';
import { seededRandom } from '@/data/random';
import { CampaignRow } from '@/components/campaign-table';

/** Days of history per campaign the score walks through. */
const HISTORY_DAYS = 730;

function history(campaign: Campaign): Array<{ day: number; spend: string }> {
  const random = seededRandom(campaign.clicks);
  return Array.from({ length: HISTORY_DAYS }, (_, day) => ({ day, spend: (campaign.dailyBudget * (0.5 + random())).toFixed(2) }));
}

type SortKey = 'name' | 'dailyBudget';

export function CampaignTableUnmemoized({ campaigns }: { campaigns: readonly Campaign[] }) {
  const [sortKey, setSortKey] = useState<SortKey | null>(null);
  const [query, setQuery] = useState('');

  const filtered = campaigns.filter((c) => c.name.toLowerCase().includes(query.trim().toLowerCase()));
  const score = (campaign: Campaign): number => {
    const days = JSON.parse(JSON.stringify(history(campaign))) as Array<{ spend: string }>;
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    return days.reduce((sum, d) => sum + Number(money.format(Number(d.spend)).replace(/[^0-9.]/g, '')), 0);
  };
  const visible =
    sortKey === null ? filtered : [...filtered].sort((a, b) => (sortKey === 'name' ? a.name.localeCompare(b.name) : score(a) - score(b)));

  return (
    <section className="card">
      <div className="toolbar">
        <label>
          Filter campaigns
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or channel" />
        </label>
        <p className="muted" aria-live="polite">
          {visible.length} of {campaigns.length} campaigns
        </p>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <button type="button" onClick={() => setSortKey('name')}>
                Sort by name
              </button>
            </th>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              <button type="button" onClick={() => setSortKey('dailyBudget')}>
                Sort by budget
              </button>
            </th>
            <th scope="col" className="num">
              Clicks
            </th>
            <th scope="col" className="num">
              Conversions
            </th>
            <th scope="col" className="num">
              CVR
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map((campaign) => (
            <CampaignRow key={campaign.id} campaign={campaign} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
