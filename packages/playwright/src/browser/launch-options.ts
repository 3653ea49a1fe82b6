/**
 * Which Chromium to launch: Playwright's own download when it is installed, else a system Chromium
 * (`PERFGATE_CHROMIUM`, then `/usr/bin/chromium`, `/usr/bin/chromium-browser`, `/usr/bin/google-chrome`)
 * with flags that keep it quiet and offline.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';
import { PerfgateSetupError } from '../errors.js';

/** Flags for a system Chromium: no sandbox (root in containers), no GPU, no background traffic. */
export const SYSTEM_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where the browser comes from, for reports and error messages. */
export interface BrowserChoice {
  source: 'playwright' | 'env' | 'system';
  /** Executable path, when not Playwright's own. */
  executablePath?: string;
}

/** Options of {@link perfgateLaunchOptions}. */
export interface PerfgateLaunchOptionsInput {
  /** An explicit Chromium executable; wins over everything. Default: `PERFGATE_CHROMIUM`. */
  executablePath?: string;
  /** Extra launch args appended to perfgate's. */
  args?: string[];
  /** Environment (for tests). Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** Picks the browser: explicit path / `PERFGATE_CHROMIUM`, then Playwright's, then system Chromium. */
export function chooseBrowser(input: PerfgateLaunchOptionsInput = {}): BrowserChoice {
  const env = input.env ?? process.env;
  const explicit = input.executablePath ?? env.PERFGATE_CHROMIUM;
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new PerfgateSetupError(
        `@perfgate/playwright: the Chromium given by ${input.executablePath ? 'executablePath' : 'PERFGATE_CHROMIUM'} does not exist: ${explicit}. Fix: point it at a Chromium binary, or unset it to use Playwright's browser.`,
      );
    }
    return { source: 'env', executablePath: explicit };
  }
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { source: 'playwright' };
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { source: 'system', executablePath: system };
  throw new PerfgateSetupError(
    `@perfgate/playwright: no Chromium found (Playwright's ${own ?? 'chromium'} is not installed; none of ${SYSTEM_PATHS.join(', ')} exists). Fix: run \`npx playwright install chromium\`, install a system Chromium, or set PERFGATE_CHROMIUM=/path/to/chrome.`,
  );
}

/**
 * Launch options for Playwright's `use: { launchOptions }` (or `chromium.launch()`): Playwright's own
 * Chromium when installed, otherwise the system Chromium with {@link SYSTEM_CHROMIUM_ARGS}.
 *
 * @example
 * // playwright.config.ts
 * export default defineConfig({ use: { launchOptions: perfgateLaunchOptions() } });
 */
export function perfgateLaunchOptions(input: PerfgateLaunchOptionsInput = {}): LaunchOptions {
  const choice = chooseBrowser(input);
  const extra = input.args ?? [];
  if (choice.source === 'playwright') return extra.length ? { args: extra } : {};
  return { executablePath: choice.executablePath, args: [...SYSTEM_CHROMIUM_ARGS, ...extra] };
}
