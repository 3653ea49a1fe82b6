import type { Compilation, Compiler } from 'webpack';
import type { PerfgateConfigInput } from '@perfgate/core';
import { checkBundle } from '@perfgate/core/bundle';
import type { BundleModel, CheckBundleResult } from '@perfgate/core/bundle';
import { entrypointFiles } from './chunk-modules.js';

/** Options of {@link PerfgateWebpackPlugin}. */
export interface PerfgateWebpackPluginOptions {
  /** Where `perfgate.config.*` and `.perfgate/` live (default: webpack's `context`). */
  cwd?: string;
  /** App name in a monorepo: entry names become `<app>:<entry>`. */
  app?: string;
  /** Report name under `.perfgate/reports/` (default `bundle-<app or webpack>`). */
  reportName?: string;
  /** Deep-merged over `perfgate.config.*`. */
  overrides?: PerfgateConfigInput;
  /** Record this build as the baseline (default: `PERFGATE_UPDATE_BASELINE=1`). */
  updateBaseline?: boolean;
  /** Check non-production builds too (default: only `mode: 'production'`). */
  always?: boolean;
  /** Where the table goes (default `console.log`). */
  log?: (line: string) => void;
  /** Called with the result (for tests and tooling). */
  onResult?: (result: CheckBundleResult) => void;
}

/**
 * Per-entrypoint bundle budgets for webpack 5: each entrypoint is a route whose first load is every
 * file of its chunks. After emit, sizes are measured and gated by `@perfgate/core`; failures become
 * `compilation.errors` (the build fails), warn-level budgets `compilation.warnings`.
 */
export class PerfgateWebpackPlugin {
  readonly options: PerfgateWebpackPluginOptions;

  constructor(options: PerfgateWebpackPluginOptions = {}) {
    this.options = options;
  }

  apply(compiler: Compiler): void {
    if (!this.options.always && compiler.options.mode !== 'production') return;
    compiler.hooks.afterEmit.tapPromise('PerfgateWebpackPlugin', async (compilation) => {
      if (compilation.errors.length > 0) return; // the build already failed; sizes would mislead
      const { WebpackError } = compiler.webpack;
      try {
        const result = await checkBundle(modelOf(compilation), {
          cwd: this.options.cwd ?? compiler.context,
          bundler: 'webpack',
          ...(this.options.app ? { app: this.options.app } : {}),
          ...(this.options.reportName ? { reportName: this.options.reportName } : {}),
          ...(this.options.overrides ? { overrides: this.options.overrides } : {}),
          ...(this.options.log ? { log: this.options.log } : {}),
          ...(this.options.updateBaseline !== undefined ? { updateBaseline: this.options.updateBaseline } : {}),
        });
        this.options.onResult?.(result);
        for (const w of result.warnings) compilation.warnings.push(new WebpackError(`perfgate: ${w}`));
        if (result.exitCode !== 0) {
          compilation.errors.push(new WebpackError(`perfgate: bundle budget failed:\n${result.failures.map((f) => `  - ${f}`).join('\n')}`));
        }
      } catch (err) {
        compilation.errors.push(new WebpackError(`perfgate: ${(err as Error).message}`));
      }
    });
  }
}

/** The bundle model of a webpack compilation: one route per entrypoint. */
export function modelOf(compilation: Compilation): BundleModel {
  const routes: BundleModel['routes'] = [];
  const modules: NonNullable<BundleModel['modules']> = {};
  for (const name of compilation.entrypoints.keys()) {
    const ep = entrypointFiles(compilation, name);
    if (!ep) continue;
    routes.push({ route: name, files: ep.files });
    Object.assign(modules, ep.modules);
  }
  return {
    outputDir: compilation.outputOptions.path ?? compilation.compiler.outputPath,
    routes,
    assets: compilation.getAssets().map((a) => a.name),
    modules,
  };
}
