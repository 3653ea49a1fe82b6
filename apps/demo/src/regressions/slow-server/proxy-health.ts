/**
 * REGRESSION `slow-server` (TTFB on /proxies): the page waits for a "live health check" of the proxy
 * pool before sending a single byte — an upstream call with no timeout and no streaming boundary.
 * Simulated with a local timer (no network). perfgate's Playwright gate catches the TTFB.
 */
export const SLOW_HEALTH_CHECK_MS = 2000;

/** Resolves after {@link SLOW_HEALTH_CHECK_MS} ms (simulated upstream latency). */
export function waitForSlowHealthCheck(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SLOW_HEALTH_CHECK_MS));
}
