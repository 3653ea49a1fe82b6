import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CampaignTable } from '@/components/campaign-table';
import { CAMPAIGNS } from '@/data/campaigns';
import { activeRegression } from '@/regressions/kinds';
import { CampaignTableUnmemoized } from '@/regressions/render/campaign-table-unmemoized';

export const metadata: Metadata = { title: 'Campaigns' };

export default async function CampaignsPage() {
  await connection(); // rendered per request: the regression switch is read at run time
  const regression = activeRegression();
  return (
    <>
      <div className="page-header">
        <h1>Campaigns</h1>
        <Link href="/campaigns/new" className="button-link">
          New campaign
        </Link>
      </div>
      {regression === 'render' ? <CampaignTableUnmemoized campaigns={CAMPAIGNS} /> : <CampaignTable campaigns={CAMPAIGNS} />}
    </>
  );
}
