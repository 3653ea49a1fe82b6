/**
 * The bundler-independent bundle model every perfgate bundle producer fills in (Next under Turbopack
 * or webpack, plain webpack, Vite): routes and the files of their first load, relative to one output
 * directory. {@link measureBundle} turns it into core Measurements.
 */

/** One route (Next route, webpack entrypoint, Vite HTML/JS entry) and what a cold load of it fetches. */
export interface RouteFiles {
  /** Route pattern (`/blog/[slug]`) or entry name (`main`). */
  route: string;
  /** Files of the first load, relative to {@link BundleModel.outputDir} (`static/chunks/a1b2.js`). */
  files: string[];
}

/** A module (or package) inside a chunk, when the bundler exposes it. */
export interface ModuleInfo {
  /** Module path relative to the project (`./src/chart.tsx`, `./node_modules/lodash/lodash.js`). */
  name: string;
  /** Bytes of the module's source as bundled (before minification when the bundler reports that). */
  size: number;
}

/** What one producer hands to {@link measureBundle}. */
export interface BundleModel {
  /** Absolute directory all file names are relative to. */
  outputDir: string;
  routes: RouteFiles[];
  /**
   * Every emitted asset (relative to `outputDir`), for build-wide totals (all JS, all CSS, media,
   * everything). Omit to skip the build-wide measurements.
   */
  assets?: string[];
  /** Modules per file (same relative names), when the bundler exposes them. */
  modules?: Record<string, ModuleInfo[]>;
}

/** Kind of an asset, from its extension. */
export type AssetKind = 'js' | 'css' | 'media' | 'other';

const MEDIA = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|ogg|wav)$/i;

/** Classifies a file name: `.js/.mjs/.cjs` → js, `.css` → css, images/fonts/audio/video → media. */
export function assetKind(file: string): AssetKind {
  const clean = file.replace(/[?#].*$/, '');
  if (/\.(m|c)?js$/i.test(clean)) return 'js';
  if (/\.css$/i.test(clean)) return 'css';
  if (MEDIA.test(clean)) return 'media';
  return 'other';
}

/** Source maps, license files and manifests are never fetched by a page load. */
export function isShippedAsset(file: string): boolean {
  return !/\.(map|LICENSE\.txt|txt|json)$/i.test(file) && !/(^|\/)\.vite\//.test(file);
}

/**
 * The package a module belongs to (`react-dom`, `@scope/pkg`), or `undefined` for the app's own code.
 * Handles pnpm's `.pnpm/<name>@<version>/node_modules/<name>` layout.
 */
export function packageOf(moduleName: string): string | undefined {
  const i = moduleName.lastIndexOf('node_modules/');
  if (i < 0) return undefined;
  const rest = moduleName.slice(i + 'node_modules/'.length).split('/');
  const first = rest[0];
  if (!first) return undefined;
  return first.startsWith('@') && rest[1] ? `${first}/${rest[1]}` : first;
}
