import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BundleModel, RouteFiles } from '@perfgate/webpack';
import { ClientReferenceManifestReader, readAppPaths, readBuildManifest } from './next-manifests.js';
import type { ClientReferenceManifest, NextBuildManifest } from './next-manifests.js';
import { appRouteName, isAppPage, isPagesRoute } from './route-name.js';

/**
 * The bundle model of a Turbopack `next build` (Next 16), from the dist dir alone:
 * - App Router page: `rootMainFiles` ∪ every file in its client-reference manifest's `entryJSFiles`
 *   (root layout, nested layouts, boundaries, page), plus `entryCSSFiles` that are not inlined.
 * - Pages Router page: `pages[route]` ∪ `pages['/_app']` ∪ `lowPriorityFiles`.
 * `polyfillFiles` are excluded (loaded `nomodule`). Files are relative to the dist dir.
 * @param options.publicDir the app's `public/` (served as-is): its files count in the build-wide totals.
 */
export async function turbopackModel(distDir: string, options: ModelOptions = {}): Promise<BundleModel> {
  const manifest = await readBuildManifest(distDir);
  const appPaths = await readAppPaths(distDir);
  const routes: RouteFiles[] = [];
  const reader = new ClientReferenceManifestReader(distDir);
  const pages = Object.keys(appPaths).filter(isAppPage).sort();
  // File reads overlap; evaluation in the shared context is synchronous, so results never mix.
  const manifests = await Promise.all(pages.map((appPath) => reader.read(appPath)));
  pages.forEach((appPath, i) => {
    routes.push({ route: appRouteName(appPath), files: withoutPolyfills(manifest, [...manifest.rootMainFiles, ...entryFiles(manifests[i])]) });
  });
  routes.push(...pagesRoutes(manifest));
  return { outputDir: distDir, routes: mergeSameRoute(routes), assets: await staticAssets(distDir, options.publicDir) };
}

/** Options of {@link turbopackModel} and `webpackModel`. */
export interface ModelOptions {
  /** The app's `public/` directory; its files (images, fonts, …) are shipped as-is and count in the build-wide totals. */
  publicDir?: string;
}

function entryFiles(crm: ClientReferenceManifest | undefined): string[] {
  if (!crm) return [];
  const js = Object.values(crm.entryJSFiles ?? {}).flat();
  const css = Object.values(crm.entryCSSFiles ?? {})
    .flat()
    .filter((c) => typeof c === 'string' || !c.inlined)
    .map((c) => (typeof c === 'string' ? c : c.path));
  return [...js, ...css];
}

/** Pages Router routes, identical under both bundlers: page files ∪ `_app` ∪ the low-priority manifests. */
export function pagesRoutes(manifest: NextBuildManifest): RouteFiles[] {
  const app = manifest.pages['/_app'] ?? [];
  return Object.keys(manifest.pages)
    .filter(isPagesRoute)
    .sort()
    .map((page) => ({ route: page, files: withoutPolyfills(manifest, [...(manifest.pages[page] ?? []), ...app, ...manifest.lowPriorityFiles]) }));
}

/**
 * One entry per URL: pages of parallel-route slots (`/dash/@modal/x/page` beside `/dash/x/page`) render
 * together on the same URL, so their files are united, in first-seen order.
 */
export function mergeSameRoute(routes: RouteFiles[]): RouteFiles[] {
  const byRoute = new Map<string, Set<string>>();
  for (const r of routes) {
    const files = byRoute.get(r.route) ?? new Set<string>();
    for (const f of r.files) files.add(f);
    byRoute.set(r.route, files);
  }
  return [...byRoute].map(([route, files]) => ({ route, files: [...files] }));
}

/** Unique files in first-seen order, without `nomodule` polyfills. */
export function withoutPolyfills(manifest: NextBuildManifest, files: string[]): string[] {
  const poly = new Set(manifest.polyfillFiles);
  return [...new Set(files.map((f) => f.replace(/^\/?_next\//, '')))].filter((f) => !poly.has(f));
}

/** Every file under `<distDir>/static` and the app's `public/` (when given), relative to the dist dir (build-wide totals). */
export async function staticAssets(distDir: string, publicDir?: string): Promise<string[]> {
  const filesUnder = async (root: string): Promise<string[]> => {
    try {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).replace(/\\/g, '/'));
    } catch {
      return [];
    }
  };
  const [emitted, served] = await Promise.all([filesUnder(join(distDir, 'static')), publicDir ? filesUnder(publicDir) : []]);
  return [...emitted, ...served];
}
