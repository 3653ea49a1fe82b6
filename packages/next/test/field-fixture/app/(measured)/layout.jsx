import { PerfgateVitals } from '@perfgate/next/client';

export default function MeasuredLayout({ children }) {
  return (
    <html lang="en">
      <body>
        {children}
        <PerfgateVitals endpoint="/api/vitals" sampleRate={1} />
      </body>
    </html>
  );
}
