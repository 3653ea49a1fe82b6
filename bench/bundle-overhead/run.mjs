// bench/bundle-overhead: what perfgate's bundle check costs inside `next build`, against size-limit
// 12.1 and bundlewatch 0.4.2 measuring the same files. Run: pnpm --filter @perfgate/bench bundle-overhead
// Options: --routes 5,200  --runs 3  --bundlers turbopack,webpack
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { OUT, generateApp } from './generate-app.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const NEXT_BIN = join(here, '..', '..', 'packages', 'next', 'node_modules', 'next', 'dist', 'bin', 'next');
const SIZE_LIMIT_BIN = join(here, '..', 'node_modules', 'size-limit', 'bin.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ROUTE_COUNTS = arg('routes', '5,200').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const BUNDLERS = arg('bundlers', 'turbopack,webpack').split(',');

const env = (extra) => {
  const e = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', CI: '1', ...extra };
  delete e.TURBOPACK;
  delete e.NODE_ENV;
  return e;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms) => `${ms.toFixed(0)} ms`;

function timed(cmd, args, options) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { ms, out: `${r.stdout}${r.stderr}` };
}

function nextBuild(appDir, bundler, distDir, withPlugin, configFile) {
  // Cold builds (no .next/cache): alternating configs would otherwise invalidate webpack's persistent
  // cache unevenly, and every timed build pays perfgate's full compression cost. The unchanged-chunks
  // case is measured separately below.
  rmSync(join(appDir, distDir), { recursive: true, force: true });
  const args = [NEXT_BIN, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])];
  return timed(process.execPath, args, {
    cwd: appDir,
    env: env({ BENCH_DIST_DIR: distDir, BENCH_PERFGATE: withPlugin ? '1' : '0', PERFGATE_CONFIG: configFile }),
  });
}

function check(appDir, distDir, bundler, configFile) {
  const r = timed(process.execPath, [join(here, 'check.mjs'), appDir, distDir, bundler, configFile], { cwd: appDir, env: env({}) });
  return { ...JSON.parse(r.out.trim().split('\n').pop()), processMs: r.ms };
}

function sizeLimit(name, routes, gzip) {
  const dir = join(OUT, `size-limit-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sl', private: true, devDependencies: { 'size-limit': '12.1.0', '@size-limit/file': '12.1.0' } }));
  const checks = Object.entries(routes).map(([route, files]) => ({ name: route, path: files, ...(gzip ? { gzip: true } : {}) }));
  writeFileSync(join(dir, '.size-limit.json'), JSON.stringify(checks));
  return timed(process.execPath, [SIZE_LIMIT_BIN, '--json'], { cwd: dir, env: env({}) }).ms;
}

function bundlewatch(routes) {
  // bundlewatch's own measuring step; its CLI/API also POSTs results to remote services
  // (bundlewatch.io, a URL shortener), which this machine must not contact.
  const getLocalFileDetails = require('bundlewatch/lib/app/getLocalFileDetails').default;
  const files = [...new Set(Object.values(routes).flat())].map((path) => ({ path, maxSize: '10MB' }));
  const t0 = performance.now();
  getLocalFileDetails({ files, defaultCompression: 'gzip', normalizeFilenames: undefined });
  return performance.now() - t0;
}

const rows = [];
for (const n of ROUTE_COUNTS) {
  const appDir = generateApp(n);
  // One storage dir (baseline, history) per app, as each app of a real repo has its own .perfgate/;
  // emptied per bench run so every row starts from the same history.
  const storageDir = join(OUT, `.perfgate-${n}`);
  rmSync(storageDir, { recursive: true, force: true });
  const configFile = join(OUT, `perfgate-${n}.config.json`);
  writeFileSync(configFile, JSON.stringify({ storageDir }));
  // The same check measuring brotli-11 too (what a budget on bundle.*.brotli turns on).
  const brotliConfig = join(OUT, `perfgate-${n}.brotli.config.json`);
  writeFileSync(brotliConfig, JSON.stringify({ storageDir: `${storageDir}-brotli`, bundle: { compression: ['raw', 'gzip', 'brotli'] } }));
  for (const bundler of BUNDLERS) {
    const runs = n > 50 ? Math.max(1, Math.floor(RUNS / 2)) : RUNS;
    const plain = [];
    const withPg = [];
    const inBuild = [];
    // Warm-up (untimed): the OS file cache and Node's compile cache, for both variants alike.
    nextBuild(appDir, bundler, `.next-${bundler}`, false, configFile);
    for (let i = 0; i < runs; i++) {
      plain.push(nextBuild(appDir, bundler, `.next-${bundler}`, false, configFile).ms);
      const b = nextBuild(appDir, bundler, `.next-${bundler}`, true, configFile);
      withPg.push(b.ms);
      const m = /(\d+) routes checked in (\d+) ms/.exec(b.out);
      if (!m) throw new Error(`no perfgate line in build output:\n${b.out}`);
      inBuild.push(Number(m[2]));
    }
    const warm = [];
    for (let i = 0; i < 3; i++) warm.push(check(appDir, `.next-${bundler}`, bundler, configFile));
    const cacheFile = join(appDir, `.next-${bundler}`, 'cache', 'perfgate', 'sizes.json');
    const cold = [];
    for (let i = 0; i < 2; i++) {
      if (existsSync(cacheFile)) rmSync(cacheFile);
      cold.push(check(appDir, `.next-${bundler}`, bundler, configFile));
    }
    const coldBrotli = [];
    for (let i = 0; i < 2; i++) {
      if (existsSync(cacheFile)) rmSync(cacheFile);
      coldBrotli.push(check(appDir, `.next-${bundler}`, bundler, brotliConfig));
    }
    const routes = warm[0].routes;
    // size-limit compresses every route's files again (no sharing across checks): slow on big apps, so once there.
    const slRuns = n > 50 ? 1 : 2;
    const slBrotli = Array.from({ length: slRuns }, () => sizeLimit(`${n}-${bundler}`, routes, false));
    const slGzip = Array.from({ length: slRuns }, () => sizeLimit(`${n}-${bundler}`, routes, true));
    const bw = [bundlewatch(routes), bundlewatch(routes), bundlewatch(routes)];
    const mb = warm[0].uniqueBytes / 1e6;
    const coldMs = median(cold.map((c) => c.durationMs));
    rows.push({
      app: `${Object.keys(routes).length} routes`,
      bundler,
      mb: `${mb.toFixed(2)} MB`,
      build: secs(median(plain)),
      buildPg: secs(median(withPg)),
      delta: `${(((median(withPg) - median(plain)) / median(plain)) * 100).toFixed(1)}%`,
      inBuild: `${msf(median(inBuild))} (${((median(inBuild) / median(withPg)) * 100).toFixed(1)}%)`,
      share: median(inBuild) / median(withPg),
      warmMs: median(warm.map((w) => w.durationMs)),
      cold: msf(coldMs),
      perRoute: `${(coldMs / Object.keys(routes).length).toFixed(1)} ms`,
      perMb: msf(coldMs / mb),
      coldBrotli: msf(median(coldBrotli.map((c) => c.durationMs))),
      warm: msf(median(warm.map((w) => w.durationMs))),
      warmGate: msf(median(warm.map((w) => w.gateMs))),
      warmProc: msf(median(warm.map((w) => w.processMs))),
      slBrotli: msf(median(slBrotli)),
      slGzip: msf(median(slGzip)),
      bw: msf(median(bw)),
    });
    console.error(`done: ${n} routes, ${bundler}: ${JSON.stringify(rows.at(-1))}`);
  }
}

const header = {
  app: 'app',
  bundler: 'bundler',
  mb: 'first-load JS+CSS (unique)',
  build: 'next build',
  buildPg: '+ withPerfgate',
  delta: 'Δ wall',
  inBuild: 'check inside build (share)',
  cold: 'check, empty cache',
  coldBrotli: 'same with brotli-11',
  perRoute: 'per route',
  perMb: 'per MB',
  warm: 're-check, unchanged chunks',
  warmGate: 'of which core runGate',
  warmProc: 're-check as own process',
  slBrotli: 'size-limit 12.1 brotli (CLI)',
  slGzip: 'size-limit 12.1 gzip (CLI)',
  bw: 'bundlewatch 0.4.2 gzip (measure step)',
};
console.log(`bench/bundle-overhead — ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Next 16.4.6`);
console.log(`next build medians of ${RUNS} runs (200-route app: ${Math.max(1, Math.floor(RUNS / 2))}); perfgate computes raw + gzip-9 per chunk (brotli-11 only when a budget reads it: own column); size-limit and bundlewatch get each route's same file list.`);
const keys = Object.keys(header);
const widths = keys.map((k) => Math.max(header[k].length, ...rows.map((r) => String(r[k]).length)));
const line = (r) => `| ${keys.map((k, i) => String(r[k]).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
// The goals of the bundle-budget issue: the check costs ≤ 2% of `next build`; a re-check with unchanged chunks ≤ 50 ms.
console.log('');
for (const r of rows) {
  const share = r.share <= 0.02 ? 'met' : 'NOT met';
  const warm = r.warmMs <= 50 ? 'met' : 'NOT met';
  console.log(`${r.app} ${r.bundler}: check ${(r.share * 100).toFixed(1)}% of the build (goal ≤ 2%: ${share}); re-check ${r.warmMs.toFixed(0)} ms (goal ≤ 50 ms: ${warm})`);
}
