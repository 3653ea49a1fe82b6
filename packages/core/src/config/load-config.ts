import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from './parse-config.js';
import type { PerfgateConfig, PerfgateConfigInput } from './schema.js';
import { PerfgateConfigError } from './errors.js';
import { mergeConfig } from './merge-config.js';

/** File names searched in `cwd`, in this order. */
export const CONFIG_FILES = [
  'perfgate.config.ts',
  'perfgate.config.mts',
  'perfgate.config.mjs',
  'perfgate.config.js',
  'perfgate.config.json',
] as const;

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Directory to search (default `process.cwd()`). */
  cwd?: string;
  /** Explicit config path (absolute or relative to `cwd`); beats `PERFGATE_CONFIG`. */
  file?: string;
  /** Deep-merged over the file's config before validation (e.g. `withPerfgate(next, overrides)`). */
  overrides?: PerfgateConfigInput;
  /** Environment (default `process.env`); read for `PERFGATE_CONFIG`. */
  env?: Record<string, string | undefined>;
}

/** A loaded config, where it came from and the directory `storageDir` is relative to. */
export interface LoadedConfig {
  config: PerfgateConfig;
  /** Absolute path of the config file, when one was found. */
  file?: string;
  /** The config file's directory, or `cwd` without a file. */
  rootDir: string;
}

/** Finds the config file: `file`, else `PERFGATE_CONFIG`, else the first of {@link CONFIG_FILES} in `cwd`. */
export function findConfigFile(cwd: string, file?: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const explicit = file ?? env.PERFGATE_CONFIG;
  if (explicit) {
    const abs = path.resolve(cwd, explicit);
    if (!existsSync(abs)) {
      throw new PerfgateConfigError(abs, [
        {
          path: file ? 'file' : 'PERFGATE_CONFIG',
          found: JSON.stringify(explicit),
          expected: `an existing config file (looked for ${abs}); fix the path or remove it to use ${CONFIG_FILES.join(' / ')} in ${cwd}`,
        },
      ]);
    }
    return abs;
  }
  for (const name of CONFIG_FILES) {
    const abs = path.join(cwd, name);
    if (existsSync(abs)) return abs;
  }
  return undefined;
}

async function importConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    const text = await readFile(file, 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new PerfgateConfigError(file, [{ path: '(file)', found: `invalid JSON (${(err as Error).message})`, expected: 'a JSON object' }], err);
    }
  }
  try {
    if (file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts')) {
      const { createJiti } = await import('jiti');
      // moduleCache off: an edited config is read again in the same process. fsCache on: the transpiled
      // file is cached by content hash (an edit is a new entry), so only the first load pays Babel
      // (~140 ms, inside \`next build\`'s check), later ones ~7 ms.
      const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: true });
      return await jiti.import(file, { default: true });
    }
    const mod = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (err) {
    if (err instanceof PerfgateConfigError) throw err;
    throw new PerfgateConfigError(
      file,
      [{ path: '(file)', found: `an error while loading it: ${(err as Error).message}`, expected: 'a module that default-exports the config (`export default defineConfig({…})`)' }],
      err,
    );
  }
}

/**
 * Loads and validates the perfgate config. No file → defaults.
 * @throws PerfgateConfigError when the file cannot be loaded or is invalid.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = findConfigFile(cwd, options.file, options.env ?? process.env);
  let raw: unknown = {};
  if (file) raw = await importConfigFile(file);
  if (typeof raw === 'function') raw = await (raw as () => unknown)();
  const merged = options.overrides ? mergeConfig(raw, options.overrides) : raw;
  const source = file ? (options.overrides ? `${file} (with overrides)` : file) : options.overrides ? '<overrides>' : '<defaults>';
  const config = parseConfig(merged, source);
  return file ? { config, file, rootDir: path.dirname(file) } : { config, rootDir: cwd };
}
