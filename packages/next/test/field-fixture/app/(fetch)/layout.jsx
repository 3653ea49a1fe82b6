import { PerfgateVitals } from '@perfgate/next/client';

// The same pages with transport="fetch": keepalive fetch without cookies or Referer.
export default function FetchLayout({ children }) {
  return (
    <html lang="en">
      <body>
        {children}
        <PerfgateVitals endpoint="/api/vitals" transport="fetch" />
      </body>
    </html>
  );
}
