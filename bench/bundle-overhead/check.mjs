// One perfgate check of an already-built Next app, in its own process (as a CLI would run it).
// Usage: node check.mjs <appDir> <distDir> <turbopack|webpack> <config.json>
// Prints JSON: check duration (ms), routes, unique first-load bytes, and each route's files.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [appDir, distDir, bundler, configFile] = process.argv.slice(2);
if (bundler === 'turbopack') process.env.TURBOPACK = '1';
else delete process.env.TURBOPACK;
process.env.PERFGATE_CONFIG = configFile;
const t0 = performance.now();
const { checkNextBuild } = await import('../../packages/next/dist/index.js');
// Under `next build`, withPerfgate loads core while the bundler compiles (see isNextBuildProcess); do the
// same here so durationMs is the check itself, as inside a build. wallMs still counts every import.
await import('../../packages/core/dist/index.js');
const result = await checkNextBuild(appDir, join(appDir, distDir), { log: () => {} });
const wallMs = performance.now() - t0;
const routes = {};
const sizes = new Map();
for (const m of result.run.measurements) {
  if (m.metric !== 'bundle.total.raw' || m.route === '(build)') continue;
  routes[m.route] = m.attribution.chunks.map((f) => join(appDir, distDir, f));
  for (const c of m.attribution.detail) sizes.set(c.file, c.raw);
}
const uniqueBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ durationMs: result.durationMs, gateMs: result.gateMs, wallMs, routes, uniqueBytes }));
