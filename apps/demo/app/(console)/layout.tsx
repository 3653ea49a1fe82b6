import Link from 'next/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/nav-links';

/** The console shell shared by every App Router page: header, side navigation, main area. */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/dashboard" className="brand">
          DomainFlow
        </Link>
        <span className="muted">Acme Marketing workspace</span>
      </header>
      <nav aria-label="Main" className="sidebar">
        <NavLinks />
      </nav>
      <main className="content">{children}</main>
    </div>
  );
}
