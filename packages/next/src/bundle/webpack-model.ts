import { join } from 'node:path';
import { assetKind } from '@perfgate/webpack';
import type { BundleModel, RouteFiles } from '@perfgate/webpack';
import { ENTRYPOINTS_FILE } from './entrypoints-file.js';
import type { EntrypointsFile } from './entrypoints-file.js';
import { readAppPaths, readBuildManifest, readJson } from './next-manifests.js';
import { appRouteName, isAppPage, segmentDirs } from './route-name.js';
import { mergeSameRoute, pagesRoutes, staticAssets, withoutPolyfills } from './turbopack-model.js';
import type { ModelOptions } from './turbopack-model.js';

/** Per segment directory, the client entries that render on a page's first load. */
const SEGMENT_ENTRIES = ['layout', 'template', 'error', 'loading'];

/**
 * The bundle model of a `next build --webpack`: App Router page = `rootMainFiles` ∪ the files of the
 * client entries of its layout chain (layouts, templates, error and loading boundaries) and its page.
 * An entry with no client component holds only Next's empty client-entry module (and maybe CSS);
 * Next links its CSS but never loads its JS chunk, so that chunk is skipped. Pages Router routes come from `build-manifest.json`.
 * Needs `<distDir>/perfgate-entrypoints.json`, written by the plugin `withPerfgate` adds.
 */
export async function webpackModel(distDir: string, options: ModelOptions = {}): Promise<BundleModel> {
  const manifest = await readBuildManifest(distDir);
  const appPaths = await readAppPaths(distDir);
  const eps = await readJson<EntrypointsFile>(join(distDir, ENTRYPOINTS_FILE), 'the perfgate entrypoints file (written by withPerfgate during webpack builds)');
  const routes: RouteFiles[] = [];
  for (const appPath of Object.keys(appPaths).filter(isAppPage).sort()) {
    const entries = [
      ...segmentDirs(appPath).flatMap((dir) => SEGMENT_ENTRIES.map((e) => `app/${dir ? `${dir}/` : ''}${e}`)),
      `app${appPath}`,
    ];
    const files = entries.flatMap((name) => {
      const ep = eps.entrypoints[name];
      if (!ep) return [];
      // CSS of every entry in the chain is linked; its JS only when it holds a client component.
      return ep.clientModules > 0 ? ep.files : ep.files.filter((f) => assetKind(f) === 'css');
    });
    routes.push({ route: appRouteName(appPath), files: withoutPolyfills(manifest, [...manifest.rootMainFiles, ...files]) });
  }
  routes.push(...pagesRoutes(manifest));
  return { outputDir: distDir, routes: mergeSameRoute(routes), assets: await staticAssets(distDir, options.publicDir), modules: eps.modules };
}
