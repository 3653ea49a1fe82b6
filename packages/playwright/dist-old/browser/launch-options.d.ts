import { type LaunchOptions } from '@playwright/test';
/** Flags for a system Chromium: no sandbox (root in containers), no GPU, no background traffic. */
export declare const SYSTEM_CHROMIUM_ARGS: readonly string[];
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
export declare function chooseBrowser(input?: PerfgateLaunchOptionsInput): BrowserChoice;
/**
 * Launch options for Playwright's `use: { launchOptions }` (or `chromium.launch()`): Playwright's own
 * Chromium when installed, otherwise the system Chromium with {@link SYSTEM_CHROMIUM_ARGS}.
 *
 * @example
 * // playwright.config.ts
 * export default defineConfig({ use: { launchOptions: perfgateLaunchOptions() } });
 */
export declare function perfgateLaunchOptions(input?: PerfgateLaunchOptionsInput): LaunchOptions;
/** The `perfBrowser` worker option of perfgate's `test`: how the automatic fallback behaves. */
export interface BrowserFallbackOptions extends PerfgateLaunchOptionsInput {
    /** Fall back to a system Chromium when Playwright's own is not installed. Default `true`. */
    fallback?: boolean;
}
/**
 * The user's `launchOptions` with the system-Chromium fallback applied: unchanged for non-Chromium
 * browsers, when `fallback` is `false`, or when the user chose a browser (`executablePath` or
 * `channel`); otherwise `PERFGATE_CHROMIUM`, Playwright's own Chromium, or a system Chromium with
 * {@link SYSTEM_CHROMIUM_ARGS} before the user's args. Throws {@link PerfgateSetupError} (with the
 * fix) when no Chromium exists at all.
 */
export declare function withBrowserFallback(launch: LaunchOptions, browserName: string, input?: BrowserFallbackOptions): LaunchOptions;
//# sourceMappingURL=launch-options.d.ts.map