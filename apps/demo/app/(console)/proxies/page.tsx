import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ProxyTable } from '@/components/proxy-table';
import { PROXIES } from '@/data/proxies';
import { activeRegression } from '@/regressions/kinds';

export const metadata: Metadata = { title: 'Proxies' };

export default async function ProxiesPage() {
  await connection(); // rendered per request: the regression switch is read at run time
  if (activeRegression() === 'slow-server') {
    const { waitForSlowHealthCheck } = await import('@/regressions/slow-server/proxy-health');
    await waitForSlowHealthCheck();
  }
  const online = PROXIES.filter((p) => p.status === 'online').length;
  return (
    <>
      <h1>Proxies</h1>
      <p className="muted">
        {online} of {PROXIES.length} proxies online
      </p>
      <ProxyTable proxies={PROXIES} />
    </>
  );
}
