import type { Metadata } from 'next';
import { connection } from 'next/server';
import { KpiCards } from '@/components/kpi-cards';
import { TrafficPanel } from '@/components/traffic-panel';
import { KPIS } from '@/data/metrics';
import { activeRegression } from '@/regressions/kinds';
import { PromoBanner } from '@/regressions/layout-shift/promo-banner';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  await connection(); // rendered per request: the regression switch is read at run time
  const regression = activeRegression();
  return (
    <>
      {regression === 'layout-shift' ? <PromoBanner /> : null}
      <h1>Dashboard</h1>
      <KpiCards kpis={KPIS} />
      <TrafficPanel />
    </>
  );
}
