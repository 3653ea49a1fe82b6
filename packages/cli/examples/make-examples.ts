// Regenerates the sample data in this folder, deterministically (seeded):
//   pnpm exec jiti examples/make-examples.ts
// baseline.json: 3 earlier lab runs; current.json: a run where /dashboard LCP got ~30% slower and
// /campaigns/[id] LCP broke its 3 s budget; report.json: perfgate's report of current vs baseline.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, FileBaselineStore, parseConfig, renderJson } from '@perfgate/core';
import type { Measurement, Run } from '@perfgate/core';

const here = path.dirname(fileURLToPath(import.meta.url));

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Right-skewed timings: median `median` ms, ~10% spread, integer ms. */
function timings(next: () => number, median: number, n = 10): number[] {
  return Array.from({ length: n }, () => {
    const u = Math.max(1e-9, next());
    const v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.round(median * Math.exp(0.1 * z));
  });
}

function labRun(id: string, day: number, seed: number, medians: Record<string, { LCP: number; INP: number }>): Run {
  const next = rng(seed);
  const measurements: Measurement[] = [];
  for (const [route, m] of Object.entries(medians)) {
    measurements.push({ route, metric: 'LCP', unit: 'ms', samples: timings(next, m.LCP) });
    measurements.push({ route, metric: 'INP', unit: 'ms', samples: timings(next, m.INP) });
    measurements.push({ route, metric: 'CLS', unit: 'unitless', samples: Array.from({ length: 10 }, () => (next() < 0.8 ? 0 : 0.02)) });
  }
  return {
    id,
    startedAt: new Date(Date.UTC(2026, 10, day, 9, 0, 0)).toISOString(),
    source: 'lab',
    git: { sha: `${seed.toString(16).padStart(8, '0')}c0ffee0123456789abcdef01234567`, branch: day < 20 ? 'main' : 'feature/new-chart' },
    environment: { browser: 'chromium 156', throttling: 'desktop' },
    measurements,
  };
}

const base = { '/': { LCP: 1200, INP: 80 }, '/dashboard': { LCP: 1800, INP: 120 }, '/campaigns/[id]': { LCP: 2600, INP: 100 } };
const dir = await mkdtemp(path.join(tmpdir(), 'perfgate-examples-'));
const store = new FileBaselineStore({ dir, keepRuns: 5 });
for (const [i, day] of [10, 11, 12].entries()) await store.record(labRun(`main-${day}`, day, 100 + i, base));
await writeFile(path.join(here, 'baseline.json'), await readFile(store.file, 'utf8'));

const current = labRun('pr-42', 27, 7, { ...base, '/dashboard': { LCP: 2350, INP: 125 }, '/campaigns/[id]': { LCP: 3100, INP: 100 } });
const dash = current.measurements.find((m) => m.route === '/dashboard' && m.metric === 'LCP');
if (dash) dash.attribution = { element: 'div.chart-panel > canvas', url: '/_next/static/media/chart-bg.webp', reason: 'render delay after chart.js hydrates' };
await writeFile(path.join(here, 'current.json'), `${JSON.stringify(current, null, 2)}\n`);

const config = parseConfig(JSON.parse(await readFile(path.join(here, 'perfgate.config.json'), 'utf8')), 'examples/perfgate.config.json');
await store.read();
const report = buildReport(current, { config, baseline: store.lookupFor(current), now: new Date('2026-11-27T09:05:00Z') });
await writeFile(path.join(here, 'report.json'), renderJson(report));
await rm(dir, { recursive: true, force: true });
console.log('wrote baseline.json, current.json, report.json');
