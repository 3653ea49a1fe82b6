/** A package whose root import pulls far more code into the bundle than most uses need. */
export interface HeavyPackage {
  /** Exact module specifier that is reported (`lodash`); sub-paths such as `lodash/debounce` are fine. */
  name: string;
  /** What to use instead, shown in the message. */
  alternative: string;
}

/**
 * Defaults. Sizes are the published minified+gzipped sizes of the whole package (bundlephobia,
 * 2025), which is what a root import costs when the package cannot be tree-shaken.
 */
export const DEFAULT_HEAVY_PACKAGES: readonly HeavyPackage[] = [
  { name: 'moment', alternative: 'date-fns or dayjs (moment is ~72 kB gzipped with its locales and cannot be tree-shaken)' },
  { name: 'moment-timezone', alternative: 'date-fns-tz or Intl.DateTimeFormat with timeZone (moment-timezone adds its zone data on top of moment)' },
  { name: 'lodash', alternative: 'per-method imports (`lodash/debounce`), lodash-es, or native methods (the CommonJS root build is ~25 kB gzipped and is not tree-shaken)' },
  { name: 'underscore', alternative: 'native Array/Object methods or per-method imports (`underscore/modules/...`)' },
  { name: 'aws-sdk', alternative: 'the modular AWS SDK v3 clients (`@aws-sdk/client-s3`, ...); v2 bundles every service' },
  { name: 'core-js', alternative: 'specific polyfills (`core-js/actual/array/at`) or none: Next.js already ships the polyfills its browser targets need' },
  { name: 'rxjs/Rx', alternative: '`rxjs` (v6+ is tree-shakable; `rxjs/Rx` pulls in every operator)' },
];
