'use client';
import { useMemo, useState } from 'react';
import type { ComponentType } from 'react';
import type { Campaign } from '@/data/campaigns';
import { formatCurrency, formatInteger, formatPercent } from '@/format';

type SortKey = 'name' | 'dailyBudget' | 'clicks' | 'conversions';
type SortDirection = 'asc' | 'desc';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; numeric: boolean }> = [
  { key: 'name', label: 'Name', numeric: false },
  { key: 'dailyBudget', label: 'Budget', numeric: true },
  { key: 'clicks', label: 'Clicks', numeric: true },
  { key: 'conversions', label: 'Conversions', numeric: true },
];

/** Props of one table row; a different row component can be plugged in (see `src/regressions/render`). */
export interface CampaignRowProps {
  campaign: Campaign;
}

/** The standard row: cheap, formatters are module-level. */
export function CampaignRow({ campaign }: CampaignRowProps) {
  return (
    <tr>
      <th scope="row">{campaign.name}</th>
      <td>{campaign.channel}</td>
      <td>
        <span className={`badge ${campaign.status}`}>{campaign.status}</span>
      </td>
      <td className="num">{formatCurrency(campaign.dailyBudget)}</td>
      <td className="num">{formatInteger(campaign.clicks)}</td>
      <td className="num">{formatInteger(campaign.conversions)}</td>
      <td className="num">{formatPercent(campaign.conversions / campaign.clicks)}</td>
    </tr>
  );
}

function compare(a: Campaign, b: Campaign, key: SortKey): number {
  return key === 'name' ? a.name.localeCompare(b.name) : a[key] - b[key];
}

/** Campaigns with a text filter and sortable columns. */
export function CampaignTable({ campaigns, Row = CampaignRow }: { campaigns: readonly Campaign[]; Row?: ComponentType<CampaignRowProps> }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'asc' });

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = needle ? campaigns.filter((c) => c.name.toLowerCase().includes(needle) || c.channel.includes(needle)) : [...campaigns];
    const sign = sort.direction === 'asc' ? 1 : -1;
    return filtered.sort((a, b) => sign * compare(a, b, sort.key));
  }, [campaigns, query, sort]);

  const toggleSort = (key: SortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));

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
            {COLUMNS.slice(0, 1).map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => toggleSort(column.key)}>
                  Sort by {column.label.toLowerCase()}
                </button>
              </th>
            ))}
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            {COLUMNS.slice(1).map((column) => (
              <th key={column.key} scope="col" className="num" aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => toggleSort(column.key)}>
                  Sort by {column.label.toLowerCase()}
                </button>
              </th>
            ))}
            <th scope="col" className="num">
              CVR
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map((campaign) => (
            <Row key={campaign.id} campaign={campaign} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
