import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

/** Debian's Chromium; no browser download. */
export const CHROMIUM = process.env.PERFGATE_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Scripts fetched by one cold page load: URL path → decoded body bytes. */
export type FetchedScripts = Map<string, number>;

/**
 * Loads `url` in a fresh context (empty cache) and records every script the page fetches until the
 * network is idle: path (without origin) → decoded body bytes (what perfgate calls raw).
 */
export async function scriptsOfColdLoad(browser: Browser, url: string): Promise<FetchedScripts> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const scripts: FetchedScripts = new Map();
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res.body().then(
        (b) => void scripts.set(decodeURIComponent(new URL(res.url()).pathname), b.byteLength),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return scripts;
}
