import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { useState } from 'react';
import { CAMPAIGNS, CHANNELS } from '@/data/campaigns';
import type { Channel } from '@/data/campaigns';
import { formatCurrency, formatInteger } from '@/format';
import { activeRegression } from '@/regressions/kinds';
import { LEGACY_ANALYTICS_SRC } from '@/regressions/blocking/legacy-analytics';

interface ChannelRow {
  channel: Channel;
  campaigns: number;
  spend: number;
  conversions: number;
}

interface Props {
  rows: ChannelRow[];
  /** `true` when the `blocking` regression is switched on (adds a synchronous third-party tag). */
  blockingTag: boolean;
}

/** Rendered per request so the regression switch is read at run time. */
export const getServerSideProps: GetServerSideProps<Props> = async () => {
  const rows = CHANNELS.map((channel) => {
    const of = CAMPAIGNS.filter((c) => c.channel === channel);
    return {
      channel,
      campaigns: of.length,
      spend: of.reduce((sum, c) => sum + c.dailyBudget * 30, 0),
      conversions: of.reduce((sum, c) => sum + c.conversions, 0),
    };
  });
  return { props: { rows, blockingTag: activeRegression() === 'blocking' } };
};

/** A Pages Router report (kept from before the App Router migration) with a breakdown toggle. */
export default function LegacyReport({ rows, blockingTag }: Props) {
  const [open, setOpen] = useState(false);
  const total = rows.reduce((sum, r) => sum + r.spend, 0);
  return (
    <>
      <Head>
        <title>Legacy report · DomainFlow</title>
        {/* A synchronous script in <head>: only with PERFGATE_DEMO_REGRESSION=blocking. */}
        {blockingTag ? <script src={LEGACY_ANALYTICS_SRC} /> : null}
      </Head>
      <main className="legacy">
        <p>
          <a href="/dashboard">← Back to the dashboard</a>
        </p>
        <h1>Monthly spend report</h1>
        <p className="kpi-value">{formatCurrency(total)}</p>
        <p className="muted">Projected 30-day spend across {rows.length} channels.</p>
        <button type="button" aria-expanded={open} aria-controls="breakdown" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide breakdown' : 'Show breakdown'}
        </button>
        <table id="breakdown" hidden={!open}>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col" className="num">
                Campaigns
              </th>
              <th scope="col" className="num">
                Spend (30 days)
              </th>
              <th scope="col" className="num">
                Conversions
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{row.channel}</th>
                <td className="num">{row.campaigns}</td>
                <td className="num">{formatCurrency(row.spend)}</td>
                <td className="num">{formatInteger(row.conversions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </>
  );
}
