/**
 * Which Chromium to launch: `PERFGATE_CHROMIUM` when set, else Playwright's own download when it is
 * installed, else a system Chromium (`/usr/bin/chromium`, `/usr/bin/chromium-browser`,
 * `/usr/bin/google-chrome`) with flags that keep it quiet and offline. perfgate's `test` applies this
 * to the user's `launchOptions` by itself ({@link withBrowserFallback}).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { PerfgateSetupError } from '../errors.js';
/** Flags for a system Chromium: no sandbox (root in containers), no GPU, no background traffic. */
export const SYSTEM_CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Picks the browser: explicit path / `PERFGATE_CHROMIUM`, then Playwright's, then system Chromium. */
export function chooseBrowser(input = {}) {
    const env = input.env ?? process.env;
    const explicit = input.executablePath ?? env.PERFGATE_CHROMIUM;
    if (explicit) {
        if (!existsSync(explicit)) {
            throw new PerfgateSetupError(`@perfgate/playwright: the Chromium given by ${input.executablePath ? 'executablePath' : 'PERFGATE_CHROMIUM'} does not exist: ${explicit}. Fix: point it at a Chromium binary, or unset it to use Playwright's browser.`);
        }
        return { source: 'env', executablePath: explicit };
    }
    let own;
    try {
        own = chromium.executablePath();
    }
    catch {
        own = undefined;
    }
    if (own && existsSync(own))
        return { source: 'playwright' };
    const system = SYSTEM_PATHS.find((p) => existsSync(p));
    if (system)
        return { source: 'system', executablePath: system };
    throw new PerfgateSetupError(`@perfgate/playwright: no Chromium found (Playwright's ${own ?? 'chromium'} is not installed; none of ${SYSTEM_PATHS.join(', ')} exists). Fix: run \`npx playwright install chromium\`, install a system Chromium, or set PERFGATE_CHROMIUM=/path/to/chrome.`);
}
/**
 * Launch options for Playwright's `use: { launchOptions }` (or `chromium.launch()`): Playwright's own
 * Chromium when installed, otherwise the system Chromium with {@link SYSTEM_CHROMIUM_ARGS}.
 *
 * @example
 * // playwright.config.ts
 * export default defineConfig({ use: { launchOptions: perfgateLaunchOptions() } });
 */
export function perfgateLaunchOptions(input = {}) {
    const choice = chooseBrowser(input);
    const extra = input.args ?? [];
    if (choice.source === 'playwright')
        return extra.length ? { args: extra } : {};
    return { executablePath: choice.executablePath, args: [...SYSTEM_CHROMIUM_ARGS, ...extra] };
}
/**
 * The user's `launchOptions` with the system-Chromium fallback applied: unchanged for non-Chromium
 * browsers, when `fallback` is `false`, or when the user chose a browser (`executablePath` or
 * `channel`); otherwise `PERFGATE_CHROMIUM`, Playwright's own Chromium, or a system Chromium with
 * {@link SYSTEM_CHROMIUM_ARGS} before the user's args. Throws {@link PerfgateSetupError} (with the
 * fix) when no Chromium exists at all.
 */
export function withBrowserFallback(launch, browserName, input = {}) {
    if (browserName !== 'chromium' || input.fallback === false)
        return launch;
    if (launch.executablePath || launch.channel)
        return launch;
    const choice = chooseBrowser(input);
    const extra = [...(launch.args ?? []), ...(input.args ?? [])];
    if (choice.source === 'playwright')
        return input.args?.length ? { ...launch, args: extra } : launch;
    return { ...launch, executablePath: choice.executablePath, args: [...SYSTEM_CHROMIUM_ARGS, ...extra] };
}
//# sourceMappingURL=launch-options.js.map