import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { Context } from 'node:vm';
import { PerfgateBundleError } from '@perfgate/webpack';

/** The parts of `.next/build-manifest.json` perfgate reads (Next 15.5–16). */
export interface NextBuildManifest {
  /** Pages Router: files per page (`/_app`, `/legacy`), relative to the dist dir. */
  pages: Record<string, string[]>;
  /** App Router: the runtime and framework files every app page loads. */
  rootMainFiles: string[];
  /** Loaded with `nomodule`: modern browsers never fetch them, so they are not first-load JS. */
  polyfillFiles: string[];
  /** Pages Router: `_buildManifest.js`, `_ssgManifest.js`, loaded with `defer` on every Pages Router page. */
  lowPriorityFiles: string[];
}

/** Reads and parses a JSON file; a missing or malformed one is a {@link PerfgateBundleError} naming it. */
export async function readJson<T>(file: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new PerfgateBundleError(file, `${what} is missing (${(err as Error).message})`, 'Run the check from withPerfgate() inside `next build`, after compilation.', err);
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new PerfgateBundleError(file, `${what} is not valid JSON`, 'Delete the dist dir and build again.', err);
  }
}

/** Reads `<distDir>/build-manifest.json`, defaulting absent lists to empty. */
export async function readBuildManifest(distDir: string): Promise<NextBuildManifest> {
  const raw = await readJson<Partial<NextBuildManifest>>(join(distDir, 'build-manifest.json'), 'the build manifest');
  return {
    pages: raw.pages ?? {},
    rootMainFiles: raw.rootMainFiles ?? [],
    polyfillFiles: raw.polyfillFiles ?? [],
    lowPriorityFiles: raw.lowPriorityFiles ?? [],
  };
}

/** Reads `<distDir>/server/app-paths-manifest.json` (`{}` when the app has no App Router). */
export async function readAppPaths(distDir: string): Promise<Record<string, string>> {
  try {
    return await readJson<Record<string, string>>(join(distDir, 'server', 'app-paths-manifest.json'), 'the app paths manifest');
  } catch (err: unknown) {
    if (err instanceof PerfgateBundleError && /missing/.test(err.message)) return {};
    throw err;
  }
}

/** The part of a client-reference manifest perfgate reads. */
export interface ClientReferenceManifest {
  /** Turbopack: per layout/page/boundary entry, its JS files (relative to the dist dir). */
  entryJSFiles?: Record<string, string[]>;
  /** Per entry, its CSS: file names, or `{ path, inlined }` objects. */
  entryCSSFiles?: Record<string, Array<string | { path: string; inlined?: boolean }>>;
}

/**
 * Evaluates client-reference manifests in one `vm` context shared by all files of a check (a context
 * per file cost ~2–5 ms each: a second on a 200-route app). Never `require`: a cached `require` of
 * these files made Next drop every app route from its own `diagnostics/route-bundle-stats.json` later
 * in the same process.
 */
export class ClientReferenceManifestReader {
  private readonly sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  private readonly context: Context;

  constructor(private readonly distDir: string) {
    this.sandbox.globalThis = this.sandbox;
    this.context = createContext(this.sandbox);
  }

  /** Reads `server/app/<appPath>_client-reference-manifest.js`; `undefined` when the file does not exist. */
  async read(appPath: string): Promise<ClientReferenceManifest | undefined> {
    const file = join(this.distDir, 'server', 'app', `${appPath}_client-reference-manifest.js`);
    let code: string;
    try {
      code = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    this.sandbox.__RSC_MANIFEST = {};
    try {
      runInContext(code, this.context, { filename: file, timeout: 5000 });
    } catch (err) {
      throw new PerfgateBundleError(file, 'could not be evaluated as a client-reference manifest', 'Delete the dist dir and build again; report this with your Next version if it persists.', err);
    }
    const all = this.sandbox.__RSC_MANIFEST ?? {};
    return all[appPath] ?? Object.values(all)[0];
  }
}

/** Reads one client-reference manifest (see {@link ClientReferenceManifestReader}). */
export function readClientReferenceManifest(distDir: string, appPath: string): Promise<ClientReferenceManifest | undefined> {
  return new ClientReferenceManifestReader(distDir).read(appPath);
}
