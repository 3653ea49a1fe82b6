import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PerfgateVitals } from '@perfgate/next/client';
import '@/styles/globals.css';

export const metadata: Metadata = {
  title: { default: 'DomainFlow', template: '%s · DomainFlow' },
  description: 'Campaigns, personas and proxies — the perfgate demo app.',
};

/**
 * Root layout: system fonts only (no remote fonts), no third-party scripts. <PerfgateVitals> sends each
 * page view's Core Web Vitals to app/api/vitals (field monitoring; every page view in the demo).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <PerfgateVitals endpoint="/api/vitals" sampleRate={1} />
      </body>
    </html>
  );
}
