/**
 * Runs real webpack 5 production builds of a two-entry fixture with PerfgateWebpackPlugin: entrypoints
 * are routes, sizes equal the emitted files, a tight budget becomes a compilation error naming the
 * entry, metric, actual and limit, a warn-level budget a warning.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import type { Stats } from 'webpack';
import { describe, expect, it } from 'vitest';
import type { PerfgateConfigInput } from '@perfgate/core';
import { PerfgateWebpackPlugin } from '../src/index.js';
import type { CheckBundleResult } from '../src/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/two-entries/', import.meta.url));

async function build(
  overrides: PerfgateConfigInput,
  opts: { work?: string; heavy?: boolean; updateBaseline?: boolean } = {},
): Promise<{ stats: Stats; result?: CheckBundleResult; out: string; lines: string[] }> {
  const work = opts.work ?? (await mkdtemp(join(tmpdir(), 'perfgate-webpack-')));
  const out = join(work, 'dist');
  let result: CheckBundleResult | undefined;
  const lines: string[] = [];
  const compiler = webpack({
    mode: 'production',
    context: FIXTURE,
    entry: { home: './src/home.js', admin: opts.heavy ? ['./src/admin.js', './src/heavy.js'] : './src/admin.js' },
    output: { path: out, filename: '[name].[contenthash:8].js', clean: true },
    optimization: { splitChunks: { chunks: 'all', minSize: 0 }, runtimeChunk: 'single' },
    devtool: 'source-map',
    plugins: [new PerfgateWebpackPlugin({ cwd: work, ...(opts.updateBaseline ? { updateBaseline: true } : {}), overrides: { storageDir: join(work, '.perfgate'), ...overrides }, log: (l) => lines.push(l), onResult: (r) => (result = r) })],
  });
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err ?? new Error('no stats')) : compiler.close(() => resolve(s)))),
  );
  return { stats, result, out, lines };
}

describe('PerfgateWebpackPlugin in a real webpack 5 build', () => {
  it('measures each entrypoint as a route whose bytes are its emitted files (runtime and split chunks included)', async () => {
    const { stats, result, out, lines } = await build({ budgets: { routes: [{ match: '*', metrics: { 'bundle.js.gzip': { error: '100 kB' } } }] } });
    expect(stats.hasErrors()).toBe(false);
    const json = stats.toJson({ all: false, entrypoints: true });
    for (const name of ['home', 'admin']) {
      const files = (json.entrypoints?.[name]?.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
      let bytes = 0;
      for (const f of files) bytes += (await readFile(join(out, f))).byteLength;
      const m = result!.run.measurements.find((x) => x.route === name && x.metric === 'bundle.js.raw')!;
      expect(m.samples).toEqual([bytes]);
      expect([...(m.attribution?.chunks as string[])].sort()).toEqual([...files].sort());
    }
    const admin = result!.run.measurements.find((x) => x.route === 'admin' && x.metric === 'bundle.js.raw')!.samples[0]!;
    const home = result!.run.measurements.find((x) => x.route === 'home' && x.metric === 'bundle.js.raw')!.samples[0]!;
    expect(admin).toBeGreaterThan(home);
    expect(result!.run.environment.bundler).toBe('webpack');
    expect(lines.join('\n')).toMatch(/^admin\s/m);
  }, 60_000);

  it('turns a broken error budget into a compilation error naming entry, metric, actual and limit', async () => {
    const { stats, result } = await build({ budgets: { routes: [{ match: 'admin', metrics: { 'bundle.js.raw': { error: 500 } } }] } });
    expect(stats.hasErrors()).toBe(true);
    const actual = result!.run.measurements.find((x) => x.route === 'admin' && x.metric === 'bundle.js.raw')!.samples[0]!;
    const message = stats.compilation.errors.map((e) => e.message).join('\n');
    expect(message).toContain('admin bundle.js.raw');
    expect(message).toContain(`${(actual / 1000).toFixed(1)} kB`);
    expect(message).toContain('500 B');
    expect(message).toMatch(/admin: first load is .*\.js/);
  }, 60_000);

  it('reports a warn-level budget as a webpack warning and does not fail', async () => {
    const { stats } = await build({ budgets: { routes: [{ match: 'home', metrics: { 'bundle.js.raw': { warn: 100, error: '1 MB' } } }] } });
    expect(stats.hasErrors()).toBe(false);
    expect(stats.compilation.warnings.map((w) => w.message).join('\n')).toMatch(/perfgate: home bundle\.js\.raw/);
  }, 60_000);
});

describe('PerfgateWebpackPlugin against a recorded baseline', () => {
  it('fails when an entry grows past the allowed regression and names the chunk and modules that grew it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'perfgate-webpack-baseline-'));
    const config: PerfgateConfigInput = { regression: { bundle: { maxIncreasePercent: 5, maxIncreaseBytes: 500 } } };
    const first = await build(config, { work, updateBaseline: true });
    expect(first.stats.hasErrors()).toBe(false);
    const same = await build(config, { work });
    expect(same.stats.hasErrors()).toBe(false);
    const grown = await build(config, { work, heavy: true });
    expect(grown.stats.hasErrors(), grown.lines.join("\n") + JSON.stringify(grown.result?.report.verdicts.filter((v) => v.route === "admin"), null, 1)).toBe(true);
    const message = grown.stats.compilation.errors.map((e) => e.message).join('\n');
    expect(message).toMatch(/admin bundle\.js\.\w+: regressed \+\d/);
    expect(message).toMatch(/admin: entered: admin\.[0-9a-f]{8}\.js \(\+[\d.]+ kB gzip; [^)]*\.\/src\/heavy\.js/);
    expect(message).not.toMatch(/home bundle/);
  }, 90_000);
});
