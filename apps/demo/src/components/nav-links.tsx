'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/campaigns', label: 'Campaigns' },
  { href: '/campaigns/new', label: 'New campaign' },
  { href: '/personas', label: 'Personas' },
  { href: '/proxies', label: 'Proxies' },
] as const;

/** The console's main navigation; marks the current page for assistive technology. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="nav-list">
      {LINKS.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={pathname === link.href ? 'page' : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
      <li>
        <a href="/legacy-report">Legacy report</a>
      </li>
    </ul>
  );
}
