import type { AppProps } from 'next/app';
import '@/styles/globals.css';

/** Pages Router shell: the same global styles as the App Router. */
export default function LegacyApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
