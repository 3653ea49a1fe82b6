/**
 * Builds the init script injected into every page: the web-vitals attribution IIFE plus the
 * in-page collector, wrapped in a function so neither leaks a global except `window.__perfgate`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PerfgateSetupError } from '../errors.js';
import { createIdleScheduler, INPUT_SETTLE_CAP_MS, installPageCollector } from './page-collector.js';

let cached: string | undefined;

/**
 * Path of web-vitals' attribution IIFE. Its `exports` map hides `dist/*.iife.js`, so resolve the
 * package entry and look next to it.
 */
export function webVitalsIifePath(): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('web-vitals');
  } catch (error) {
    throw new PerfgateSetupError(
      `@perfgate/playwright: cannot resolve "web-vitals" (${(error as Error).message}). Fix: install it next to @perfgate/playwright (pnpm add web-vitals@^6).`,
    );
  }
  return join(dirname(entry), 'web-vitals.attribution.iife.js');
}

/** The init script source (cached per process). */
export function perfgateInitScript(): string {
  if (cached) return cached;
  const path = webVitalsIifePath();
  let iife: string;
  try {
    iife = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PerfgateSetupError(
      `@perfgate/playwright: cannot read the web-vitals attribution build at ${path} (${(error as Error).message}). Fix: reinstall web-vitals@^6, which ships dist/web-vitals.attribution.iife.js.`,
    );
  }
  // web-vitals reads requestIdleCallback from `globalThis`: the parameter gives it perfgate's
  // scheduler (see createIdleScheduler), every other global is the page's own.
  cached =
    `(function(){\nvar __perfgateIdle = (${createIdleScheduler.toString()})();\n` +
    `(function(globalThis){\n${iife}\n;(${installPageCollector.toString()})(typeof webVitals === 'undefined' ? undefined : webVitals, __perfgateIdle, ${INPUT_SETTLE_CAP_MS});\n})(__perfgateIdle.scope);\n})();`;
  return cached;
}
