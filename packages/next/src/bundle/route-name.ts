/**
 * Next route names from build manifests. App Router keys (`/(marketing)/about/page`) become the URL
 * pattern users see and write budgets for (`/about`): route groups `(x)` and parallel-route slots `@x`
 * are dropped, the trailing `/page` is removed.
 */

/** `/(marketing)/about/page` → `/about`; `/page` → `/`; `/blog/[slug]/page` → `/blog/[slug]`. */
export function appRouteName(appPath: string): string {
  const segments = appPath
    .replace(/\/page$/, '')
    .split('/')
    .filter((s) => s !== '' && !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${segments.join('/')}`;
}

/**
 * Whether an `app-paths-manifest.json` key is a page a browser loads: not a route handler
 * (`/api/x/route`, `/sitemap.xml/route`) and not Next's internal `/_global-error` page.
 */
export function isAppPage(appPath: string): boolean {
  return appPath.endsWith('/page') && !appPath.startsWith('/_global-error/');
}

/** Pages Router build-manifest keys that are not routes of their own. */
const PAGES_INTERNALS = new Set(['/_app', '/_error', '/_document']);

/** Whether a `build-manifest.json` `pages` key is a user-visible Pages Router route. */
export function isPagesRoute(page: string): boolean {
  return !PAGES_INTERNALS.has(page);
}

/**
 * The directories of an App Router page, root first: `/(marketing)/about/page` → `['', '(marketing)', '(marketing)/about']`.
 * Each may hold a layout, template, error or loading boundary rendered on the page's first load.
 */
export function segmentDirs(appPath: string): string[] {
  const parts = appPath.replace(/\/page$/, '').split('/').filter(Boolean);
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}
