import path from 'node:path';
import { loadConfig } from '@perfgate/core';
import type { PerfgateConfig } from '@perfgate/core';
import type { CliContext } from './context.js';

/** The config and storage directory a command works on. */
export interface CliConfig {
  config: PerfgateConfig;
  /** Absolute storage directory: `--dir`, else the config's `storageDir` next to the config file. */
  storageDir: string;
  /** Config file used, if any. */
  file?: string;
}

/** Loads `--config` / `PERFGATE_CONFIG` / `perfgate.config.*` from the cwd; `--dir` overrides the storage directory. */
export async function loadCliConfig(ctx: CliContext, configFlag: string | undefined, dirFlag?: string): Promise<CliConfig> {
  const loaded = await loadConfig({ cwd: ctx.cwd, env: ctx.env, ...(configFlag ? { file: configFlag } : {}) });
  const storageDir = dirFlag ? path.resolve(ctx.cwd, dirFlag) : path.resolve(loaded.rootDir, loaded.config.storageDir);
  return loaded.file ? { config: loaded.config, storageDir, file: loaded.file } : { config: loaded.config, storageDir };
}
