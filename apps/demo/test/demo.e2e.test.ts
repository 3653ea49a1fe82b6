/**
 * `pnpm demo` end to end: real `next build` (Turbopack, and --webpack for the bundle gate), real
 * `next start` on 127.0.0.1, real Chromium through Playwright. The clean demo passes; each injected
 * regression fails the gate meant for it, with a message naming route, metric and cause, and trips no
 * other gate. One Turbopack build serves the clean run and every run-time regression (--skip-build).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REGRESSIONS } from '../scripts/regressions.mjs';
import type { RegressionSpec } from '../scripts/regressions.mjs';

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Samples per route: 5 is core's minSamples, so the statistical baseline (not only the budgets) judges every run. */
const RUNS = process.env.PERFGATE_DEMO_TEST_RUNS ?? '5';
const REGRESSION_RUNS = process.env.PERFGATE_DEMO_TEST_REGRESSION_RUNS ?? RUNS;

interface GateSummary {
  name: 'lint' | 'bundle' | 'lab';
  status: 'pass' | 'fail' | 'skipped' | 'error';
  failures: string[];
  explanations?: string[];
}
interface DemoSummary {
  bundler: string;
  regression: string | null;
  regressionCaught: boolean | null;
  passed: boolean;
  gates: GateSummary[];
}

/** Runs `node scripts/demo.mjs …`; resolves with exit code, output and the written demo.json. */
function demo(args: string[]): Promise<{ code: number; output: string; summary: DemoSummary }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/demo.mjs', ...args], {
      cwd: APP_DIR,
      env: { ...process.env, CI: '1', PERFGATE_UPDATE_BASELINE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const summary = JSON.parse(readFileSync(path.join(APP_DIR, '.perfgate/reports/demo.json'), 'utf8')) as DemoSummary;
        resolve({ code: code ?? 1, output, summary });
      } catch (error) {
        reject(new Error(`demo wrote no summary (exit ${code}):\n${output}`, { cause: error }));
      }
    });
  });
}

/** Field windows (`source: 'field'` lines of .perfgate/history/*.jsonl) that started at or after `since` (ms). */
function fieldWindowsSince(since: number): Array<{ startedAt: string; points: Array<{ route: string; metric: string }> }> {
  const dir = path.join(APP_DIR, '.perfgate/history');
  const lines = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).flatMap((n) => readFileSync(path.join(dir, n), 'utf8').split('\n'));
  return lines
    .filter((l) => l.includes('"source":"field"'))
    .map((l) => JSON.parse(l) as { startedAt: string; points: Array<{ route: string; metric: string }> })
    .filter((r) => Date.parse(r.startedAt) >= since);
}

const gate = (summary: DemoSummary, name: GateSummary['name']): GateSummary => {
  const found = summary.gates.find((g) => g.name === name);
  if (!found) throw new Error(`no ${name} gate in ${JSON.stringify(summary)}`);
  return found;
};

/** The gate meant for the regression failed naming route and metric; every other gate passed. */
function expectCaught(kind: keyof typeof REGRESSIONS, summary: DemoSummary, output: string): void {
  const spec: RegressionSpec = REGRESSIONS[kind];
  expect(summary.regression, output).toBe(kind);
  for (const g of summary.gates) {
    if (g.status === 'skipped') continue;
    if (!spec.gates.includes(g.name)) {
      expect({ gate: g.name, status: g.status, failures: g.failures }, output).toEqual({ gate: g.name, status: 'pass', failures: [] });
      continue;
    }
    expect(g.status, `${g.name} gate should fail for ${kind}\n${output}`).toBe('fail');
    if (g.name === 'lint') {
      expect(g.failures.some((f) => f.includes(`perfgate/${spec.lintRule}`)), output).toBe(true);
      continue;
    }
    // Route and metric of the catch: "<route> <metric>: …".
    const hits = g.failures.filter((f) => spec.metrics.some((m) => f.startsWith(`${spec.route} ${m}:`)));
    expect(hits.length, `${g.name} gate should name ${spec.route} ${spec.metrics.join('/')}\n${g.failures.join('\n')}`).toBeGreaterThan(0);
    // Nothing else failed, except metrics that move with the cause by definition.
    const unrelated = g.failures.filter(
      (f) =>
        !hits.includes(f) &&
        !spec.consequences.some((m) => f.startsWith(`${spec.route} ${m}:`)) &&
        !(spec.consequenceRoutes ?? []).some((r) => f.startsWith(`${r} `)),
    );
    expect(unrelated, output).toEqual([]);
    // perfgate explains the failure (lab: web-vitals attribution; bundle: what entered the first load).
    expect(g.explanations?.some((e) => e.startsWith(`${spec.route}`)), `${g.name} gate should explain ${spec.route}\n${output}`).toBe(true);
  }
  expect(summary.regressionCaught, output).toBe(true);
  // The printed verdict names the cause.
  expect(output).toContain(spec.cause);
}

describe('pnpm demo (Turbopack)', () => {
  test('the clean demo passes every gate', async () => {
    const started = Date.now();
    const { code, output, summary } = await demo([`--runs=${RUNS}`]);
    expect(code, output).toBe(0);
    expect(summary.passed).toBe(true);
    expect(summary.gates.map((g) => [g.name, g.status])).toEqual([
      ['lint', 'pass'],
      ['bundle', 'pass'],
      ['lab', 'pass'],
    ]);
    // Summary table rows for every route, and the report files it says it wrote.
    for (const route of ['/dashboard', '/campaigns', '/campaigns/new', '/personas', '/proxies', '/legacy-report']) {
      expect(output).toMatch(new RegExp(`^\\s+${route.replace(/\//g, '\\/')}\\s+\\d`, 'm'));
    }
    expect(output).toContain('.perfgate/reports/lab.json');
    expect(output).toContain('.perfgate/reports/bundle-next-turbopack.json');
    expect(output).toContain('✓ all gates passed');
    // Field monitoring: the run's own page views (<PerfgateVitals> → app/api/vitals) land in the history
    // as field windows, and the lab HTML report shows their p75 next to the lab values.
    const windows = fieldWindowsSince(started - 5_000);
    expect(windows.length, output).toBeGreaterThan(0);
    const routes = new Set(windows.flatMap((w) => w.points.map((p) => p.route)));
    expect([...routes].some((r) => ['/dashboard', '/campaigns', '/personas', '/proxies'].includes(r)), [...routes].join(', ')).toBe(true);
    expect(routes.has('/legacy-report'), `Pages Router page views are measured too: ${[...routes].join(', ')}`).toBe(true);
    const html = readFileSync(path.join(APP_DIR, '.perfgate/reports/lab.html'), 'utf8');
    expect(html).toContain('<th>field p75</th>');
    expect(html).toMatch(/<td class="num field"[^>]*><span class="rate-(good|ni|poor)">[^<]+<\/span>/);
    expect(output).toMatch(/field: \d+ open window\(s\) stored in \.perfgate\/history on stop/);
  });

  for (const kind of ['render', 'layout-shift', 'blocking', 'slow-server'] as const) {
    test(`regression "${kind}" is caught by ${REGRESSIONS[kind].gates.join(' + ')} only`, async () => {
      const { code, output, summary } = await demo([`--regression=${kind}`, '--skip-build', `--runs=${REGRESSION_RUNS}`]);
      expect(code, output).toBe(1);
      expectCaught(kind, summary, output);
      if (kind === 'render') {
        // The statistical baseline fires too, not only the budget: a 13× INP on 5 samples clears
        // Holm's bar for the run's ~40 comparisons (core's complete-separation test).
        expect(gate(summary, 'lab').failures.some((f) => /^\/campaigns INP: regressed \+\d/.test(f)), output).toBe(true);
      }
    });
  }

  test('regression "bundle" fails next build on /campaigns/new (and the lint rule flags lodash)', async () => {
    const { code, output, summary } = await demo(['--regression=bundle']);
    expect(code, output).toBe(1);
    expectCaught('bundle', summary, output);
    expect(gate(summary, 'lab').status).toBe('skipped');
    // perfgate says what entered the route's first load.
    expect(gate(summary, 'bundle').explanations?.some((e) => e.startsWith('/campaigns/new: entered:'))).toBe(true);
  });
});

describe('pnpm demo --webpack (bundle gate)', () => {
  test('the clean webpack build passes its bundle budgets and baseline', async () => {
    const { code, output, summary } = await demo(['--webpack', '--build-only', '--skip-lint']);
    expect(code, output).toBe(0);
    expect(summary.bundler).toBe('webpack');
    expect(gate(summary, 'bundle').status).toBe('pass');
  });

  test('regression "bundle" fails the webpack build naming /campaigns/new', async () => {
    const { code, output, summary } = await demo(['--webpack', '--build-only', '--regression=bundle']);
    expect(code, output).toBe(1);
    expectCaught('bundle', summary, output);
  });
});
