import { LEGACY_ANALYTICS_DELAY_MS } from '@/regressions/blocking/legacy-analytics';

export const dynamic = 'force-dynamic';

/** A slow "third-party" analytics tag, used only by the `blocking` regression of /legacy-report. */
export async function GET(): Promise<Response> {
  await new Promise((resolve) => setTimeout(resolve, LEGACY_ANALYTICS_DELAY_MS));
  return new Response('window.legacyAnalytics = { loadedAt: performance.now() };\n', {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
  });
}
