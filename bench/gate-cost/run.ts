// bench/gate-cost: what core's gate costs per build, by app size.
//   pnpm --filter @perfgate/bench run gate-cost
// For 5 / 50 / 200 routes × 9 bundle metrics (js/css/total × raw/gzip/brotli) against a 5-run baseline,
// measured in the same process, median of 15 repetitions after 3 warm-ups:
//   naive threshold loop  — the seed's style: compare each value with a limit (lower bound, no statistics)
//   evaluateBudgets       — perfgate's budgets alone (route globs, p75)
//   buildReport           — budgets + compareMany verdicts + recommendations, in memory
//   runGate               — everything an adapter pays: baseline read, report, json/md/txt written atomically
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildReport, evaluateBudgets, FileBaselineStore, parseConfig, runGate } from '@perfgate/core';
import type { Measurement, Run } from '@perfgate/core';

const config = parseConfig(
  { budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { warn: '150 kB', error: '200 kB' }, 'bundle.total.brotli': { error: '400 kB' } } }] } },
  'bench',
);

function makeRun(id: string, second: number, routes: number): Run {
  const measurements: Measurement[] = [];
  for (let i = 0; i < routes; i++) {
    for (const kind of ['js', 'css', 'total'] as const) {
      for (const c of ['raw', 'gzip', 'brotli'] as const) {
        measurements.push({ route: `/section-${i % 7}/page-${i}/[id]`, metric: `bundle.${kind}.${c}`, unit: 'bytes', samples: [100_000 + i * 13 + second] });
      }
    }
  }
  return { id, startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(), source: 'bundle', environment: { bundler: 'webpack' }, measurements };
}

async function median(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[7] as number;
}

const rows: string[][] = [];
for (const routes of [5, 50, 200]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'perfgate-gate-cost-'));
  const store = new FileBaselineStore({ dir: path.join(dir, '.perfgate') });
  for (let k = 0; k < 5; k++) await store.record(makeRun(`base-${k}`, k, routes), { force: true });
  await store.read();
  const current = makeRun('current', 30, routes);
  const lookup = store.lookupFor(current);
  const limit = 200_000;
  const naive = await median(() => current.measurements.filter((m) => (m.samples[0] ?? 0) > limit).length);
  const budgets = await median(() => evaluateBudgets(current.measurements, config.budgets));
  const report = await median(() => buildReport(current, { config, baseline: lookup }));
  const gate = await median(() => runGate(current, { config, rootDir: dir, log: false, env: {} }));
  rows.push([String(routes), String(current.measurements.length), naive.toFixed(2), budgets.toFixed(2), report.toFixed(2), gate.toFixed(2)]);
  rmSync(dir, { recursive: true, force: true });
}

const head = ['routes', 'measurements', 'naive loop ms', 'evaluateBudgets ms', 'buildReport ms', 'runGate ms'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
console.log(`gate-cost · node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'} · load avg ${loadavg()[0]?.toFixed(1)} (shared machine: absolute times vary with load)`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
