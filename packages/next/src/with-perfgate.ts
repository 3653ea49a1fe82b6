import { join, resolve } from 'node:path';
import type { NextConfig } from 'next';
import type { PerfgateConfigInput } from '@perfgate/core';
import { PerfgateBudgetError, checkBundle } from '@perfgate/webpack';
import type { CheckBundleResult } from '@perfgate/webpack';
import { NextEntrypointsPlugin } from './bundle/entrypoints-plugin.js';
import { turbopackModel } from './bundle/turbopack-model.js';
import { webpackModel } from './bundle/webpack-model.js';

/** Options of {@link withPerfgate}: overrides of `perfgate.config.*` plus a few Next-specific keys. */
export interface WithPerfgateOptions extends PerfgateConfigInput {
  /** App name in a monorepo: route names become `<app>:<route>` and the report `bundle-<app>`. */
  app?: string;
  /** Report name under `.perfgate/reports/` (default `bundle-<app>` or `bundle-next-<bundler>`). */
  reportName?: string;
  /** Directory of `perfgate.config.*` and `.perfgate/` (default: the Next project dir). */
  cwd?: string;
  /** Set `false` to skip the check (e.g. `enabled: process.env.ANALYZE !== '1'`). Default true. */
  enabled?: boolean;
  /** Where the table goes (default `console.log`). */
  log?: (line: string) => void;
  /** Called with the result before a failure is thrown (tests, tooling). */
  onResult?: (result: CheckBundleResult) => void;
}

type NextConfigFn = (phase: string, ctx: { defaultConfig: NextConfig }) => NextConfig | Promise<NextConfig>;
type AfterCompile = NonNullable<NonNullable<NextConfig['compiler']>['runAfterProductionCompile']>;
type WebpackFn = NonNullable<NextConfig['webpack']>;

/**
 * Adds per-route bundle budgets to a Next.js config. After `next build` compiles (Turbopack or
 * `--webpack`), every route's first-load JS/CSS is measured, gated by `perfgate.config.*` budgets and
 * the baseline, printed as a table, and the build fails (exit 1) naming route, metric, actual and limit.
 * Composes with the user's own `compiler.runAfterProductionCompile` and `webpack()`, and keeps
 * `turbopack: {}` so a `webpack()` function does not make the default Turbopack build fail.
 */
export function withPerfgate(nextConfig: NextConfig, options?: WithPerfgateOptions): NextConfig;
export function withPerfgate(nextConfig: NextConfigFn, options?: WithPerfgateOptions): NextConfigFn;
export function withPerfgate(nextConfig: NextConfig | NextConfigFn = {}, options: WithPerfgateOptions = {}): NextConfig | NextConfigFn {
  if (typeof nextConfig === 'function') {
    return async (phase, ctx) => wrap(await nextConfig(phase, ctx), options);
  }
  return wrap(nextConfig, options);
}

/**
 * True in the process of `next build` (`node …/next build …`), not in `next dev`/`start` or Next's workers.
 * @param argv process arguments (default `process.argv`).
 */
export function isNextBuildProcess(argv: readonly string[] = process.argv): boolean {
  const bin = argv[1] ?? '';
  return /(^|[\\/])next(\.js|\.cjs|\.mjs)?$/.test(bin) && argv.slice(2).find((a) => !a.startsWith('-')) === 'build';
}

function wrap(config: NextConfig, options: WithPerfgateOptions): NextConfig {
  if (options.enabled === false) return config;
  // `next build` loads this config before it compiles: start loading the checker's config, statistics and
  // report code (~100 ms of module evaluation) now, while the bundler compiles, not after compile.
  if (isNextBuildProcess()) void import('@perfgate/core').catch(() => undefined);
  const userAfterCompile = config.compiler?.runAfterProductionCompile;
  const userWebpack = config.webpack;
  const runAfterProductionCompile: AfterCompile = async (meta) => {
    if (userAfterCompile) await userAfterCompile(meta);
    await checkNextBuild(meta.projectDir, meta.distDir, options);
  };
  const webpack: WebpackFn = (wpConfig, ctx) => {
    const out = (userWebpack ? userWebpack(wpConfig, ctx) : wpConfig) as { plugins?: unknown[] };
    if (!ctx.isServer && !ctx.dev) {
      out.plugins = [...(out.plugins ?? []), new NextEntrypointsPlugin(resolve(ctx.dir, ctx.config.distDir ?? '.next'))];
    }
    return out;
  };
  return {
    ...config,
    turbopack: config.turbopack ?? {},
    compiler: { ...config.compiler, runAfterProductionCompile },
    webpack,
  };
}

/**
 * Measures and gates one finished Next compilation (what `withPerfgate` runs after compile).
 * @throws PerfgateBudgetError when a budget or regression fails.
 */
export async function checkNextBuild(projectDir: string, distDir: string, options: WithPerfgateOptions = {}): Promise<CheckBundleResult> {
  const { app, reportName, cwd, enabled: _enabled, log, onResult, ...overrides } = options;
  const bundler = process.env.TURBOPACK ? 'turbopack' : 'webpack';
  const dist = resolve(projectDir, distDir);
  const modelOptions = { publicDir: join(projectDir, 'public') };
  const model = bundler === 'turbopack' ? await turbopackModel(dist, modelOptions) : await webpackModel(dist, modelOptions);
  const result = await checkBundle(model, {
    cwd: cwd ?? projectDir,
    bundler,
    reportName: reportName ?? (app ? `bundle-${app}` : `bundle-next-${bundler}`),
    cacheFile: join(dist, 'cache', 'perfgate', 'sizes.json'),
    ...(app ? { app } : {}),
    ...(Object.keys(overrides).length > 0 ? { overrides: overrides as PerfgateConfigInput } : {}),
    ...(log ? { log } : {}),
  });
  onResult?.(result);
  if (result.exitCode !== 0) {
    throw new PerfgateBudgetError(
      result.failures,
      result.files,
      'Shrink the route (see the chunks above), raise the budget in perfgate.config, or accept the new size with PERFGATE_UPDATE_BASELINE=1 next build.',
    );
  }
  return result;
}
