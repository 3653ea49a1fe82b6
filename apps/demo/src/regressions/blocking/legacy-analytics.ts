/**
 * REGRESSION `blocking` (FCP/LCP on /legacy-report): a synchronous third-party analytics tag in the
 * page's `<head>`. The browser may not render anything until the script has downloaded and run, and the
 * tag server is slow. Served locally (`app/vendor/legacy-analytics.js/route.ts`), delayed on purpose.
 * perfgate's Playwright gate catches the FCP and LCP; TTFB is unchanged (the HTML is as fast as ever).
 */
export const LEGACY_ANALYTICS_SRC = '/vendor/legacy-analytics.js';

/** How long the "third-party" tag server takes to answer (ms). */
export const LEGACY_ANALYTICS_DELAY_MS = 2000;
