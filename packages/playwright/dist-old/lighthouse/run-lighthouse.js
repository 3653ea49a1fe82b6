/**
 * `perf.lighthouse(url)`: a Lighthouse lab audit (Node API, performance category, simulated
 * throttling) of a URL, in a separate Chromium launched with the test's launch options plus a
 * debugging port (Playwright's own browser has a pipe, not a port). Off unless called;
 * needs the optional peer dependency `lighthouse` (13.x). Results are recorded under the throttling
 * name `lighthouse-<formFactor>` so they are never compared with the fixture's own samples.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:net';
import { perfgateLaunchOptions } from '../browser/launch-options.js';
import { measured, missing } from '../collect/result.js';
import { PerfgateSetupError } from '../errors.js';
/** Lighthouse audits perfgate records, by metric id. */
export const LIGHTHOUSE_AUDITS = {
    LCP: { audit: 'largest-contentful-paint', unit: 'ms' },
    FCP: { audit: 'first-contentful-paint', unit: 'ms' },
    CLS: { audit: 'cumulative-layout-shift', unit: 'unitless' },
    TBT: { audit: 'total-blocking-time', unit: 'ms' },
    'custom:speed-index': { audit: 'speed-index', unit: 'ms' },
};
async function freePort() {
    return new Promise((resolve, reject) => {
        const s = createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const address = s.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            s.close(() => resolve(port));
        });
    });
}
async function loadLighthouse(formFactor) {
    try {
        const mod = (await import('lighthouse'));
        const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
        return { run: mod.default, config };
    }
    catch (error) {
        throw new PerfgateSetupError(`@perfgate/playwright: perf.lighthouse() needs the optional peer dependency "lighthouse" (${error.message.split('\n')[0]}). Fix: pnpm add -D lighthouse@13.`);
    }
}
/**
 * Launch options for Lighthouse's Chromium: the test's own (executable, channel, args, …) plus a
 * debugging port; without them, perfgate's choice ({@link perfgateLaunchOptions}).
 */
export function lighthouseLaunchOptions(launch, port) {
    const debugging = `--remote-debugging-port=${port}`;
    if (!launch)
        return perfgateLaunchOptions({ args: [debugging] });
    const args = (launch.args ?? []).filter((a) => !a.startsWith('--remote-debugging-p'));
    return { ...launch, args: [...args, debugging] };
}
/** Runs Lighthouse on `url` and returns its lab metrics as a {@link PerfResult}. */
export async function runLighthouse(url, options = {}, launch) {
    const formFactor = options.formFactor ?? 'desktop';
    const { run, config } = await loadLighthouse(formFactor);
    const port = await freePort();
    const browser = await chromium.launch(lighthouseLaunchOptions(launch, port));
    let result;
    try {
        result = await run(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
    }
    finally {
        await browser.close();
    }
    if (!result)
        throw new PerfgateSetupError(`@perfgate/playwright: Lighthouse returned no result for ${url}.`);
    const lhr = result.lhr;
    const score = lhr.categories.performance?.score;
    const metrics = {};
    for (const [id, { audit, unit }] of Object.entries(LIGHTHOUSE_AUDITS)) {
        const a = lhr.audits[audit];
        metrics[id] =
            a && typeof a.numericValue === 'number'
                ? measured(id, unit, a.numericValue, { attribution: { source: `lighthouse ${lhr.lighthouseVersion} ${audit}`, performanceScore: score === null || score === undefined ? null : Math.round(score * 100) } })
                : missing(id, unit, `Lighthouse audit ${audit} has no value${a?.errorMessage ? `: ${a.errorMessage}` : ''}`);
    }
    return {
        route: options.route ?? new URL(url).pathname,
        url,
        throttling: `lighthouse-${formFactor}`,
        browser: `chromium ${browser.version()}`,
        metrics,
    };
}
//# sourceMappingURL=run-lighthouse.js.map