import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@/styles/globals.css';

export const metadata: Metadata = {
  title: { default: 'DomainFlow', template: '%s · DomainFlow' },
  description: 'Campaigns, personas and proxies — the perfgate demo app.',
};

/** Root layout: system fonts only (no remote fonts), no third-party scripts. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
