import type { ModuleInfo } from '@perfgate/webpack';

/** File name, in the dist dir, where the webpack client compilation's entrypoints are handed over. */
export const ENTRYPOINTS_FILE = 'perfgate-entrypoints.json';

/** One client entrypoint of a Next webpack build (`app/dashboard/layout`, `pages/legacy`, `main-app`). */
export interface EntrypointRecord {
  /** Files of its chunks, relative to the dist dir. */
  files: string[];
  /**
   * JavaScript modules in its chunks other than the entry module and CSS: 0 means the entry holds no
   * client component (only Next's client-entry module, maybe CSS), and Next never loads its JS.
   */
  clientModules: number;
}

/** What the entrypoints plugin writes after the client compilation's emit. */
export interface EntrypointsFile {
  version: 1;
  entrypoints: Record<string, EntrypointRecord>;
  /** Modules per file, for "which packages entered this route". */
  modules: Record<string, ModuleInfo[]>;
}
