// bench/fixture-overhead: time per Playwright test with and without the perf fixture, and one
// Lighthouse (Node API) run on the same page, measured in the same run. Prints a table.
// Usage: pnpm --filter @perfgate/bench fixture-overhead   (BENCH_ROUNDS=3 BENCH_REPEAT=10 by default)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from './site.mjs';
import { freePort, stopWithProcessGroup, waitForServer } from '../../apps/demo/scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '.out', 'fixture-overhead');
mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const repeat = Number(process.env.BENCH_REPEAT ?? 10);
const site = await startSite();
// The real-app flow: apps/demo built (once) and served with `next start`. BENCH_DEMO=0 skips it.
const demo = process.env.BENCH_DEMO === '0' ? undefined : await startDemo();

function run(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Builds apps/demo if it has no production build yet, starts `next start` on a free port; resolves to { origin, close }. */
async function startDemo() {
  const app = join(here, '..', '..', 'apps', 'demo');
  const next = join(app, 'node_modules', '.bin', 'next');
  if (!existsSync(next)) throw new Error(`fixture-overhead: ${next} is missing. Fix: run \`pnpm install\` at the repo root (or set BENCH_DEMO=0 to skip the DomainFlow flow).`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!existsSync(join(app, '.next', 'BUILD_ID'))) {
    console.error('fixture-overhead: building apps/demo for the DomainFlow flow (next build, ≈ 15–30 s) …');
    const b = await run(next, ['build'], { cwd: app, env });
    if (b.status !== 0) throw new Error(`fixture-overhead: next build in apps/demo failed (exit ${b.status}):\n${b.stdout.slice(-2000)}${b.stderr.slice(-2000)}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group: `next start` runs the server in a child process, which must stop with it.
  const child = spawn(next, ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: app, env, stdio: 'ignore', detached: true });
  const stop = stopWithProcessGroup(child);
  try {
    await waitForServer(`${origin}/dashboard`, child, 30_000);
  } catch (error) {
    stop();
    throw new Error(`fixture-overhead: ${error.message}`);
  }
  return { origin, close: stop };
}

const durations = { bare: [], fixture: [], perf: [] };
/** Interleaved project: per test index i, each variant's duration (paired within the triple). */
const pairs = new Map();
const collectMs = [];
const wall = { bare: [], fixture: [], perf: [], interleaved: [] };
// Alternate the variants' order round by round so drift on a shared machine hits all alike.
for (let round = 0; round < rounds; round++) {
  for (const project of round % 2 ? ['interleaved', 'perf', 'fixture', 'bare'] : ['bare', 'fixture', 'perf', 'interleaved']) {
    const file = join(out, `results-${project}-${round}.json`);
    const t0 = performance.now();
    // Async spawn: the page is served from this process, so its event loop must keep running.
    // BENCH_REPEAT copies of the test in one worker (one browser), as in a real suite.
    const r = await run(process.execPath, [cli, 'test', '-c', join(here, 'playwright.config.ts'), `--project=${project}`], {
      cwd: here,
      env: { ...process.env, BENCH_BASE_URL: site.origin, ...(demo ? { BENCH_DEMO_URL: demo.origin } : {}), BENCH_JSON: file, BENCH_REPEAT: String(repeat), CI: '1' },
    });
    wall[project].push(performance.now() - t0);
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      throw new Error(`playwright ${project} failed`);
    }
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const walk = (suite) => {
      for (const s of suite.suites ?? []) walk(s);
      for (const spec of suite.specs ?? []) for (const t of spec.tests) for (const res of t.results) {
        if (project === 'interleaved') {
          const [flow, i, variant] = spec.title.split(' ');
          const key = `${flow}:${round}:${i}`;
          const body = Number((res.annotations ?? []).find((a) => a.type === 'body-ms')?.description);
          const collect = Number((res.annotations ?? []).find((a) => a.type === 'collect-ms')?.description);
          pairs.set(key, { ...pairs.get(key), flow, [variant]: res.duration, [`${variant}Body`]: body, ...(variant === 'perf' ? { perfCollect: collect } : {}) });
          continue;
        }
        durations[project].push(res.duration);
        for (const a of res.annotations?.length ? res.annotations : (t.annotations ?? [])) if (a.type === 'collect-ms') collectMs.push(Number(a.description));
      }
    };
    for (const s of json.suites) walk(s);
  }
}

// Lighthouse on the same page, in this run: Node API against a Chromium we launch with a debugging port.
let lighthouse = { status: 'not run' };
try {
  const { chromium } = await import('@playwright/test');
  const { perfgateLaunchOptions } = await import('@perfgate/playwright');
  const { default: lh } = await import('lighthouse');
  const port = 9300 + (process.pid % 500);
  const launch = perfgateLaunchOptions({ args: [`--remote-debugging-port=${port}`] });
  const times = [];
  let lcp;
  for (let i = 0; i < 3; i++) {
    const browser = await chromium.launch(launch);
    const t0 = performance.now();
    const result = await lh(site.origin + '/', { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'simulate' });
    times.push(performance.now() - t0);
    lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
    await browser.close();
  }
  lighthouse = { status: 'ok', times, lcp };
} catch (error) {
  lighthouse = { status: `failed: ${error.message.split('\n')[0]}` };
}
await site.close();
demo?.close();

/** Prints rows (the first is the header) as aligned columns with a rule under the header. */
function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => c.padEnd(widths[j])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Distribution-free ≈95% interval of a median: the order statistics a binomial(n, ½) puts 1.96 σ from the middle. */
const medianInterval = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.max(0, Math.floor(s.length / 2 - 0.98 * Math.sqrt(s.length)));
  return [s[k], s[s.length - 1 - k]];
};
const FLOW_LABELS = [
  ['short', 'goto, click, assert'],
  ['signup', 'sign-up form → dashboard → refresh'],
  ['domainflow', 'Next.js app: dashboard → campaigns → sort → new campaign form'],
];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const bare = median(durations.bare);
const rows = [
  ['bare Playwright test (goto, click, assert)', durations.bare.length, median(durations.bare), mean(durations.bare), '—'],
  ['same test + perf fixture, no collect()', durations.fixture.length, median(durations.fixture), mean(durations.fixture), `${(((median(durations.fixture) - bare) / bare) * 100).toFixed(1)}%`],
  ['same test + perf fixture + perf.collect()', durations.perf.length, median(durations.perf), mean(durations.perf), `${(((median(durations.perf) - bare) / bare) * 100).toFixed(1)}%`],
];
if (collectMs.length) rows.push(['  of which perf.collect() alone', collectMs.length, median(collectMs), mean(collectMs), `${((median(collectMs) / bare) * 100).toFixed(1)}%`]);
if (lighthouse.status === 'ok') {
  rows.push(['Lighthouse 13 Node API, same page (perf only, simulate)', lighthouse.times.length, median(lighthouse.times), mean(lighthouse.times), `${(median(lighthouse.times) / bare).toFixed(1)}× bare`]);
}
console.log(`\nfixture-overhead · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · node ${process.version}`);
console.log(`${rounds} alternating rounds × ${repeat} tests per variant, 1 worker (one browser per round); per-test duration as Playwright reports it (fixtures included)\n`);
const header = ['variant', 'n', 'median ms', 'mean ms', 'overhead vs bare'];
const table = [header, ...rows.map((r) => [r[0], String(r[1]), r[2].toFixed(0), r[3].toFixed(0), r[4]])];
printTable(table);
// Paired: the variants of one set (a "triple", now with web-vitals alone and an empty init script) ran back to back in the same worker and browser.
const complete = [...pairs.values()].filter((p) => p.bare !== undefined && p.fixture !== undefined && p.perf !== undefined);
if (complete.length) {
  console.log(`\ninterleaved: one worker, the variants alternate test by test (order rotating), paired per triple; "bare" = perfgate's test without requesting perf`);
  const header2 = ['flow', 'triples', 'bare median ms', 'fixture − bare (median)', 'perf + collect() − bare (median)', 'goal ≤ 5 %', 'web-vitals alone − bare (median)', 'perf + collect() − web-vitals alone', 'empty init script − bare'];
  const rows2 = [header2];
  for (const [flow, label] of FLOW_LABELS) {
    const triples = complete.filter((p) => p.flow === flow);
    if (!triples.length) continue;
    const b = median(triples.map((p) => p.bare));
    const cell = (diffs) => {
      const d = median(diffs);
      const [lo, hi] = medianInterval(diffs);
      return `${d.toFixed(1)} ms (${((d / b) * 100).toFixed(1)}%) [95% CI ${lo.toFixed(0)}…${hi.toFixed(0)}]`;
    };
    const perfDiffs = triples.map((p) => p.perf - p.bare);
    // Met only when the interval's upper end is within 5 % of the bare median, not just the median.
    const upper = (medianInterval(perfDiffs)[1] / b) * 100;
    // Below 6 triples even the widest order-statistic interval (min…max) covers the median with < 95 %.
    const goal = triples.length < 6 ? 'too few triples for a verdict (< 6)' : upper <= 5 ? `met (upper ${upper.toFixed(1)}%)` : median(perfDiffs) / b <= 0.05 ? `not shown (upper ${upper.toFixed(1)}%)` : `not met (upper ${upper.toFixed(1)}%)`;
    // web-vitals alone (no perfgate): its IIFE as init script, the test waits for its INP callback.
    const withWv = triples.filter((p) => p.webvitals !== undefined);
    const wv = withWv.map((p) => p.webvitals - p.bare);
    const perfVsWv = withWv.map((p) => p.perf - p.webvitals);
    // An empty init script: the part of any script-injecting tool's cost that is Playwright's addInitScript.
    const empty = triples.filter((p) => p.initscript !== undefined).map((p) => p.initscript - p.bare);
    const optional = (diffs) => (diffs.length >= 6 ? cell(diffs) : '—');
    rows2.push([`${flow} (${label})`, String(triples.length), b.toFixed(0), cell(triples.map((p) => p.fixture - p.bare)), cell(perfDiffs), goal, optional(wv), optional(perfVsWv), optional(empty)]);
  }
  printTable(rows2);
  // Where the difference goes: the test body (flow, + collect()) vs the rest of Playwright's duration
  // (fixture set-up and teardown: page, context, perf's init script, attachment).
  console.log(`\nsplit of the same tests: body = the test function's own time; outside = Playwright's duration − body (set-up, teardown); medians, ms`);
  const header3 = ['flow', 'bare body', 'bare outside', 'fixture body − bare', 'fixture outside − bare', 'perf body − bare', 'perf outside − bare', 'perf.collect() alone'];
  const rows3 = [header3];
  for (const [flow] of FLOW_LABELS) {
    const t = complete.filter((p) => p.flow === flow && Number.isFinite(p.bareBody) && Number.isFinite(p.fixtureBody) && Number.isFinite(p.perfBody));
    if (!t.length) continue;
    const out = (p, v) => p[v] - p[`${v}Body`];
    rows3.push([
      flow,
      median(t.map((p) => p.bareBody)).toFixed(1),
      median(t.map((p) => out(p, 'bare'))).toFixed(1),
      median(t.map((p) => p.fixtureBody - p.bareBody)).toFixed(1),
      median(t.map((p) => out(p, 'fixture') - out(p, 'bare'))).toFixed(1),
      median(t.map((p) => p.perfBody - p.bareBody)).toFixed(1),
      median(t.map((p) => out(p, 'perf') - out(p, 'bare'))).toFixed(1),
      median(t.map((p) => p.perfCollect)).toFixed(1),
    ]);
  }
  printTable(rows3);
}
if (lighthouse.status !== 'ok') console.log(`\nLighthouse: ${lighthouse.status}`);
else console.log(`\nLighthouse LCP (simulated) on the page: ${lighthouse.lcp?.toFixed(0)} ms`);
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine inflates every row alike)`);
console.log(`suite wall time per round (ms): bare ${wall.bare.map((x) => x.toFixed(0)).join(', ')} · fixture ${wall.fixture.map((x) => x.toFixed(0)).join(', ')} · perf ${wall.perf.map((x) => x.toFixed(0)).join(', ')} · interleaved ${wall.interleaved.map((x) => x.toFixed(0)).join(', ')}`);
