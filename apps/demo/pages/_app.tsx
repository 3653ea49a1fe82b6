import type { AppProps } from 'next/app';
import { PerfgateVitals } from '@perfgate/next/client';
import '@/styles/globals.css';

/** Pages Router shell: the same global styles and field monitoring (<PerfgateVitals>) as the App Router. */
export default function LegacyApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Component {...pageProps} />
      <PerfgateVitals endpoint="/api/vitals" sampleRate={1} />
    </>
  );
}
