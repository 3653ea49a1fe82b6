import { isAbsolute, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { PerfgateConfigInput } from '@perfgate/core';
import { checkBundle } from '@perfgate/core/bundle';
import type { CheckBundleResult } from '@perfgate/core/bundle';
import { viteModel } from './vite-model.js';

/** Options of {@link perfgate}. */
export interface PerfgateViteOptions {
  /** Where `perfgate.config.*` and `.perfgate/` live (default: Vite's `root`). */
  cwd?: string;
  /** App name in a monorepo: route names become `<app>:<route>`. */
  app?: string;
  /** Report name under `.perfgate/reports/` (default `bundle-<app or vite>`). */
  reportName?: string;
  /** Deep-merged over `perfgate.config.*`. */
  overrides?: PerfgateConfigInput;
  /** Record this build as the baseline (default: `PERFGATE_UPDATE_BASELINE=1`). */
  updateBaseline?: boolean;
  /** Where the table goes (default `console.log`). */
  log?: (line: string) => void;
  /** Called with the result (tests, tooling). */
  onResult?: (result: CheckBundleResult) => void;
}

/**
 * Per-entry bundle budgets for Vite builds: each HTML/JS entry and its static imports is a route's
 * first load. After the bundle is written, sizes are measured and gated by `@perfgate/core`; a failure
 * ends the build through `this.error` naming route, metric, actual and limit; warn-level budgets go
 * through `this.warn`.
 */
export function perfgate(options: PerfgateViteOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'perfgate',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(output, bundle) {
      // Server bundles are not shipped to browsers: `build.ssr`, or a server environment (Vite ≥ 6).
      if (!config || config.build.ssr || this.environment?.config.consumer === 'server') return;
      const root = config.root;
      const outDir = output.dir ?? resolve(root, config.build.outDir);
      const result = await checkBundle(viteModel(bundle, isAbsolute(outDir) ? outDir : resolve(root, outDir), root), {
        cwd: options.cwd ?? root,
        bundler: 'vite',
        ...(options.app ? { app: options.app } : {}),
        ...(options.reportName ? { reportName: options.reportName } : {}),
        ...(options.overrides ? { overrides: options.overrides } : {}),
        ...(options.updateBaseline !== undefined ? { updateBaseline: options.updateBaseline } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
      options.onResult?.(result);
      for (const w of result.warnings) this.warn(`perfgate: ${w}`);
      if (result.exitCode !== 0) {
        this.error(`perfgate: bundle budget failed:\n${result.failures.map((f) => `  - ${f}`).join('\n')}`);
      }
    },
  };
}
