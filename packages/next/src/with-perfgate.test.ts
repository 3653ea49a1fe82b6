import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import bundleAnalyzer from '@next/bundle-analyzer';
import { isNextBuildProcess, withPerfgate } from './with-perfgate.js';
import { NextEntrypointsPlugin } from './bundle/entrypoints-plugin.js';

type WebpackCtx = Parameters<NonNullable<NextConfig['webpack']>>[1];
const ctx = (isServer: boolean, dev = false) => ({ isServer, dev, dir: '/app', config: { distDir: '.next' } }) as unknown as WebpackCtx;

describe('withPerfgate', () => {
  it('adds turbopack: {} and keeps a user turbopack config', () => {
    expect(withPerfgate({}).turbopack).toEqual({});
    expect(withPerfgate({ turbopack: { resolveAlias: { a: 'b' } } }).turbopack).toEqual({ resolveAlias: { a: 'b' } });
  });

  it("runs the user's webpack() and adds the entrypoints plugin to client production compilations only", () => {
    const seen: boolean[] = [];
    const cfg = withPerfgate({
      webpack: (c: { plugins: unknown[] }, { isServer }: WebpackCtx) => {
        seen.push(isServer);
        return { ...c, marker: true };
      },
    });
    const client = cfg.webpack!({ plugins: [] }, ctx(false)) as { plugins: unknown[]; marker: boolean };
    expect(client.marker).toBe(true);
    expect(client.plugins.some((p) => p instanceof NextEntrypointsPlugin)).toBe(true);
    const server = cfg.webpack!({ plugins: [] }, ctx(true)) as { plugins: unknown[] };
    expect(server.plugins).toEqual([]);
    const dev = cfg.webpack!({ plugins: [] }, ctx(false, true)) as { plugins: unknown[] };
    expect(dev.plugins).toEqual([]);
    expect(seen).toEqual([false, true, false]);
  });

  it("runs the user's runAfterProductionCompile first, then the check (which names what is missing)", async () => {
    const calls: string[] = [];
    const cfg = withPerfgate({ compiler: { runAfterProductionCompile: async () => void calls.push('user') } });
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-with-'));
    const prev = process.env.TURBOPACK;
    process.env.TURBOPACK = '1';
    try {
      await expect(cfg.compiler!.runAfterProductionCompile!({ projectDir: dir, distDir: join(dir, '.next') })).rejects.toThrow(/build-manifest\.json.*missing/);
    } finally {
      if (prev === undefined) delete process.env.TURBOPACK;
      else process.env.TURBOPACK = prev;
    }
    expect(calls).toEqual(['user']);
  });

  it('wraps function configs and can be disabled', async () => {
    const fn = withPerfgate(async () => ({ reactStrictMode: true }));
    const out = await fn('phase-production-build', { defaultConfig: {} });
    expect(out.reactStrictMode).toBe(true);
    expect(out.turbopack).toEqual({});
    expect(withPerfgate({ poweredByHeader: false }, { enabled: false })).toEqual({ poweredByHeader: false });
  });
});

describe('withPerfgate inside @next/bundle-analyzer', () => {
  it('keeps the check and turbopack: {}, and both plugins reach client webpack compilations', () => {
    const cfg = bundleAnalyzer({ enabled: true, openAnalyzer: false, analyzerMode: 'json' })(withPerfgate({ reactStrictMode: true }));
    expect(cfg.turbopack).toEqual({});
    expect(typeof cfg.compiler?.runAfterProductionCompile).toBe('function');
    expect(cfg.reactStrictMode).toBe(true);
    const client = cfg.webpack!({ plugins: [] }, ctx(false)) as { plugins: Array<{ constructor: { name: string } }> };
    const names = client.plugins.map((p) => p.constructor.name);
    expect(names).toContain('BundleAnalyzerPlugin');
    expect(client.plugins.some((p) => p instanceof NextEntrypointsPlugin)).toBe(true);
  });
});

describe('isNextBuildProcess', () => {
  it('is true for next build only, whatever the flags or how next was started', () => {
    expect(isNextBuildProcess(['/usr/bin/node', '/app/node_modules/next/dist/bin/next', 'build'])).toBe(true);
    expect(isNextBuildProcess(['node', '/app/node_modules/.bin/next', 'build', '--webpack'])).toBe(true);
    expect(isNextBuildProcess(['node', 'C:\\app\\node_modules\\next\\dist\\bin\\next', '--debug', 'build'])).toBe(true);
    expect(isNextBuildProcess(['node', '/app/node_modules/next/dist/bin/next', 'dev'])).toBe(false);
    expect(isNextBuildProcess(['node', '/app/node_modules/next/dist/bin/next', 'start'])).toBe(false);
    expect(isNextBuildProcess(['node', '/app/node_modules/next/dist/compiled/jest-worker/processChild.js', 'build'])).toBe(false);
    expect(isNextBuildProcess(['node', '/app/scripts/build.mjs', 'build'])).toBe(false);
  });
});
