#!/usr/bin/env node
/**
 * `pnpm demo`: DomainFlow end to end, guarded by every perfgate plugin.
 *   1. lint      — ESLint with @perfgate/eslint-plugin's recommended preset
 *   2. build     — `next build` (Turbopack, or --webpack) with withPerfgate's per-route bundle budgets
 *   3. serve     — `next start` on a free 127.0.0.1 port
 *   4. lab       — the Playwright perf suite (e2e/), several samples per route, budgets + baseline
 *   5. summary   — gates table, per-route vitals, report files under .perfgate/reports/
 * `--regression=<kind>` injects one regression and says whether the gate meant for it caught it.
 * Exit code: 0 when every gate passed, 1 when a gate failed, 2 on a usage or set-up error.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REGRESSIONS, REGRESSION_KINDS } from './regressions.mjs';
import { labExplanations, labRows, LAB_METRICS } from './report-table.mjs';
import { freePort, stopWithProcessGroup, waitForServer } from './serve.mjs';

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS_DIR = path.join(APP_DIR, '.perfgate', 'reports');
const BUILD_MARKER = path.join(APP_DIR, '.next', 'perfgate-demo-build.json');
const bin = (name) => path.join(APP_DIR, 'node_modules', '.bin', name);
/** Field-monitoring window under `pnpm demo` (ms): short, so a lab run's page views land in history. */
const FIELD_WINDOW_MS = 2_000;

const HELP = `Usage: pnpm demo [options]

Builds DomainFlow with bundle budgets, serves it on 127.0.0.1, runs the Playwright perf suite with
several samples per route, compares with the committed baseline (.perfgate/baseline.json), prints a
summary and writes reports under apps/demo/.perfgate/reports/.

Options:
  --regression=<kind>  inject one regression: ${REGRESSION_KINDS.join(' | ')}
  --bundler=<name>     turbopack (default) | webpack
  --webpack            same as --bundler=webpack
  --runs=<n>           samples per route (default: perfgate.config lab.runs)
  --skip-build         reuse the last clean build in .next (regressions other than bundle need no rebuild)
  --build-only         stop after the build (bundle gate only)
  --skip-lint          do not run the lint gate
  --update-baseline    record this run as the new baseline (PERFGATE_UPDATE_BASELINE=1)
  -h, --help           show this help

Exit code: 0 every gate passed · 1 a gate failed · 2 usage or set-up error.`;

const color = process.stdout.isTTY && !process.env.CI && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const red = paint('31');
const green = paint('32');
const yellow = paint('33');
const dim = paint('2');

function fail(message) {
  console.error(red(`✗ ${message}`));
  process.exit(2);
}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        regression: { type: 'string' },
        bundler: { type: 'string', default: 'turbopack' },
        webpack: { type: 'boolean', default: false },
        runs: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
        'build-only': { type: 'boolean', default: false },
        'skip-lint': { type: 'boolean', default: false },
        'update-baseline': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(`${error.message}\n\n${HELP}`);
  }
  if (parsed.help) {
    console.log(HELP);
    process.exit(0);
  }
  const bundler = parsed.webpack ? 'webpack' : parsed.bundler;
  if (!['turbopack', 'webpack'].includes(bundler)) fail(`--bundler=${bundler} is not one of: turbopack, webpack`);
  const regression = parsed.regression && parsed.regression !== 'none' ? parsed.regression : undefined;
  if (regression && !REGRESSION_KINDS.includes(regression)) fail(`--regression=${regression} is not one of: ${REGRESSION_KINDS.join(', ')}`);
  const runs = parsed.runs === undefined ? undefined : Number(parsed.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1)) fail(`--runs=${parsed.runs} must be a whole number ≥ 1`);
  if (regression && REGRESSIONS[regression].buildTime && parsed['skip-build']) fail(`--regression=${regression} changes the build: drop --skip-build`);
  return {
    regression,
    bundler,
    runs,
    skipBuild: parsed['skip-build'],
    buildOnly: parsed['build-only'],
    skipLint: parsed['skip-lint'],
    updateBaseline: parsed['update-baseline'],
  };
}

/** Runs a command, streaming its output indented; resolves with exit code and captured output. */
function run(command, args, { env = {}, quiet = false, until } = {}) {
  let echo = true;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: APP_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (quiet) return;
      for (const line of text.split('\n')) {
        if (until && until.test(line)) echo = false; // the rest repeats what was printed (e.g. Next's error dump)
        if (echo && line.trim() !== '') process.stdout.write(`${dim('  │')} ${line}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function step(index, total, title, fn) {
  console.log(`\n${bold(`[${index}/${total}] ${title}`)}`);
  const started = Date.now();
  const result = await fn();
  console.log(dim(`      ${title}: ${seconds(Date.now() - started)}`));
  return result;
}

async function lintGate(options) {
  const targets = ['.'];
  const results = [];
  const base = await run(bin('eslint'), ['.', '--max-warnings=0', '--format', 'json'], { quiet: true });
  results.push(base);
  let regressionRun;
  if (options.regression) {
    // The regression files are ignored by eslint.config.js (they are the bad patterns); lint them too.
    const files = REGRESSIONS[options.regression].files;
    targets.push(...files);
    regressionRun = await run(bin('eslint'), ['--no-ignore', '--max-warnings=0', '--format', 'json', ...files], { quiet: true });
    results.push(regressionRun);
  }
  const findings = [];
  for (const r of results) {
    let parsed;
    try {
      parsed = JSON.parse(r.output.split('\n').find((line) => line.startsWith('[')) ?? '');
    } catch {
      return { name: 'lint', status: 'error', failures: [`eslint did not run: ${r.output.trim().split('\n').slice(0, 5).join(' ')}`], findings };
    }
    for (const file of parsed) {
      for (const m of file.messages) {
        findings.push({ file: path.relative(APP_DIR, file.filePath), line: m.line, column: m.column, rule: m.ruleId, severity: m.severity === 2 ? 'error' : 'warning', message: m.message });
      }
    }
  }
  for (const f of findings) console.log(`  ${f.severity === 'error' ? red('✗') : yellow('!')} ${f.file}:${f.line}:${f.column} ${bold(f.rule ?? 'eslint')} ${f.message}`);
  const failures = findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`);
  console.log(findings.length === 0 ? `  ${green('✓')} no problems in ${targets.join(', ')}` : `  ${findings.length} problem(s)`);
  return { name: 'lint', status: failures.length ? 'fail' : 'pass', failures, findings };
}

async function buildGate(options, core, config, env) {
  const args = ['build', ...(options.bundler === 'webpack' ? ['--webpack'] : [])];
  const buildRegression = options.regression && REGRESSIONS[options.regression].buildTime ? options.regression : '';
  console.log(dim(`  next ${args.join(' ')}${buildRegression ? ` (PERFGATE_DEMO_REGRESSION=${buildRegression})` : ''}`));
  const reportFile = path.join(REPORTS_DIR, `bundle-next-${options.bundler}.json`);
  const before = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : undefined;
  const result = await run(bin('next'), args, { env: { ...env, PERFGATE_DEMO_REGRESSION: buildRegression }, until: /^> Build error occurred/ });
  const after = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : undefined;
  const report = after !== undefined && after !== before ? JSON.parse(after) : undefined;
  const failures = report ? core.gateFailures(report, config) : [];
  // perfgate's own explanation of growth ("<route>: entered: <chunk> (+N kB gzip) …"), from its error.
  const explanations = [...new Set([...result.output.matchAll(/'(\/[^':]*: entered: [^']*)'/g)].map((m) => m[1]))];
  if (result.code === 0) {
    writeFileSync(BUILD_MARKER, JSON.stringify({ bundler: options.bundler, regression: buildRegression || null, builtAt: new Date().toISOString() }, null, 2));
    return { name: 'bundle', status: 'pass', failures, report, reportFile: report ? reportFile : undefined, built: true };
  }
  if (failures.length || /PerfgateBudgetError|budget/i.test(result.output)) {
    if (!failures.length) failures.push(...result.output.split('\n').filter((l) => /budget|regress/i.test(l)).slice(0, 10).map((l) => l.trim()));
    return { name: 'bundle', status: 'fail', failures, explanations, report, reportFile: report ? reportFile : undefined, built: false };
  }
  return { name: 'bundle', status: 'error', failures: [`next build failed (exit ${result.code}) for a reason other than a budget: see the output above`], built: false };
}

async function labGate(options, core, config, env) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(dim(`  next start -H 127.0.0.1 -p ${port}${options.regression ? ` (PERFGATE_DEMO_REGRESSION=${options.regression})` : ''}`));
  // Field monitoring: 2 s windows, so the Playwright run's own page views reach .perfgate/history (and
  // the lab report's "field p75") while it runs; the token lets us store the last window before stopping.
  const flushToken = randomBytes(16).toString('hex');
  const server = spawn(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: APP_DIR,
    env: { ...process.env, ...env, PERFGATE_DEMO_REGRESSION: options.regression ?? '', PERFGATE_FIELD_WINDOW_MS: String(FIELD_WINDOW_MS), PERFGATE_FIELD_FLUSH_TOKEN: flushToken },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let serverLog = '';
  server.stdout.on('data', (c) => (serverLog += c));
  server.stderr.on('data', (c) => (serverLog += c));
  const stopServer = stopWithProcessGroup(server);
  try {
    await waitForServer(`${baseURL}/personas`, server);
    console.log(`  ${green('✓')} DomainFlow is up at ${baseURL}`);
    const reportFile = path.join(REPORTS_DIR, 'lab.json');
    const before = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : undefined;
    const runsEnv = options.runs ? { PERFGATE_DEMO_RUNS: String(options.runs) } : {};
    const result = await run(bin('playwright'), ['test'], { env: { ...env, ...runsEnv, PERFGATE_DEMO_BASE_URL: baseURL } });
    const after = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : undefined;
    const report = after !== undefined && after !== before ? JSON.parse(after) : undefined;
    if (!report) {
      return { name: 'lab', status: 'error', failures: [`the Playwright run (exit ${result.code}) wrote no ${path.relative(APP_DIR, reportFile)}`] };
    }
    const field = await flushFieldWindows(baseURL, flushToken);
    console.log(field === undefined ? `  ${yellow('!')} field: could not flush the open window` : `  ${green('✓')} field: ${field.windows} open window(s) stored in .perfgate/history on stop (${FIELD_WINDOW_MS / 1000} s windows)`);
    const failures = core.gateFailures(report, config);
    const status = failures.length || result.code !== 0 ? 'fail' : 'pass';
    if (status === 'fail' && !failures.length) failures.push(`a Playwright test failed (exit ${result.code}): see the output above`);
    // perfgate's attribution of each failure (web-vitals attribution build): what was slow or moved.
    return { name: 'lab', status, failures, explanations: labExplanations(report), report, reportFile };
  } catch (error) {
    return { name: 'lab', status: 'error', failures: [`${error.message}\n${serverLog.split('\n').slice(-15).join('\n')}`] };
  } finally {
    stopServer();
  }
}

/** Closes the ingest's open field window now (POST with the flush token); resolves `{ windows }` or undefined. */
async function flushFieldWindows(baseURL, token) {
  try {
    const res = await fetch(`${baseURL}/api/vitals`, { method: 'POST', headers: { 'x-perfgate-flush': token }, signal: AbortSignal.timeout(10_000) });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

function gateLine(gate) {
  const mark = gate.status === 'pass' ? green('✓ pass') : gate.status === 'skipped' ? dim('– skipped') : gate.status === 'fail' ? red('✗ FAIL') : red('✗ ERROR');
  return `  ${gate.name.padEnd(8)} ${mark}${gate.note ? dim(`  ${gate.note}`) : ''}`;
}

/** Did each gate do what the injected regression expects? Lines to print and the overall outcome. */
function judgeRegression(kind, gates) {
  const spec = REGRESSIONS[kind];
  const lines = [];
  let ok = true;
  for (const gate of gates) {
    if (gate.status === 'skipped') continue;
    const meant = spec.gates.includes(gate.name);
    if (meant) {
      const hits = gate.name === 'lint' ? gate.failures.filter((f) => spec.lintRule && f.includes(spec.lintRule)) : gate.failures.filter((f) => f.startsWith(`${spec.route} `) && spec.metrics.some((m) => f.startsWith(`${spec.route} ${m}:`)));
      const caught = gate.status === 'fail' && hits.length > 0;
      ok &&= caught;
      lines.push(`  ${caught ? green('✓') : red('✗')} ${gate.name}: ${caught ? 'caught it' : 'did NOT catch it'}${hits[0] ? ` — ${hits[0]}` : ''}`);
      const unrelated = gate.failures.filter(
        (f) =>
          !hits.includes(f) &&
          !(spec.consequences ?? []).some((m) => f.startsWith(`${spec.route} ${m}:`)) &&
          !(spec.consequenceRoutes ?? []).some((r) => f.startsWith(`${r} `)),
      );
      if (gate.name !== 'lint' && unrelated.length) {
        ok = false;
        lines.push(`  ${red('✗')} ${gate.name}: also tripped on something else — ${unrelated[0]}`);
      }
    } else {
      const clean = gate.status === 'pass';
      ok &&= clean;
      lines.push(`  ${clean ? green('✓') : red('✗')} ${gate.name}: ${clean ? 'not tripped' : `tripped too — ${gate.failures[0] ?? gate.status}`}`);
    }
  }
  return { ok, lines };
}

function writeSummary(options, gates, judged) {
  mkdirSync(REPORTS_DIR, { recursive: true });
  const summary = {
    app: 'DomainFlow',
    bundler: options.bundler,
    regression: options.regression ?? null,
    expected: options.regression ? REGRESSIONS[options.regression] : null,
    regressionCaught: judged ? judged.ok : null,
    passed: gates.every((g) => g.status === 'pass' || g.status === 'skipped'),
    gates: gates.map(({ name, status, failures, explanations, findings, reportFile, note }) => ({ name, status, failures, ...(explanations?.length ? { explanations } : {}), ...(findings ? { findings } : {}), ...(reportFile ? { reportFile: path.relative(APP_DIR, reportFile) } : {}), ...(note ? { note } : {}) })),
    finishedAt: new Date().toISOString(),
  };
  const jsonFile = path.join(REPORTS_DIR, 'demo.json');
  writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
  const md = [
    `# DomainFlow perf gates (${options.bundler}${options.regression ? `, regression \`${options.regression}\`` : ''})`,
    '',
    '| gate | status | first failure |',
    '|---|---|---|',
    ...gates.map((g) => `| ${g.name} | ${g.status} | ${(g.failures[0] ?? '').replace(/\|/g, '\\|')} |`),
    '',
  ];
  const lab = gates.find((g) => g.name === 'lab' && g.report);
  if (lab) {
    md.push(`| route | ${LAB_METRICS.join(' | ')} |`, `|---|${LAB_METRICS.map(() => '---').join('|')}|`);
    for (const row of labRows(lab.report)) md.push(`| ${row.route} | ${row.cells.map((c) => `${c.text}${c.failed ? ' ✗' : ''}`).join(' | ')} |`);
    md.push('');
  }
  if (judged) md.push(`Injected regression \`${options.regression}\`: ${judged.ok ? 'caught by the gate meant for it; other gates passed' : 'NOT handled as expected'}.`, '');
  const mdFile = path.join(REPORTS_DIR, 'demo.md');
  writeFileSync(mdFile, md.join('\n'));
  return [jsonFile, mdFile];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const core = await import('@perfgate/core').catch((error) => fail(`@perfgate/core is not built (${error.message}). Run: pnpm exec turbo run build --filter='./packages/*'`));
  const { config } = await core.loadConfig({ cwd: APP_DIR });
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    PERFGATE_DEMO_SKIP_TYPECHECK: '1',
    ...(options.updateBaseline ? { PERFGATE_UPDATE_BASELINE: '1' } : {}),
  };
  const started = Date.now();
  console.log(bold(`perfgate demo — DomainFlow on Next 16 (${options.bundler})`) + (options.regression ? ` with regression ${yellow(options.regression)}: ${REGRESSIONS[options.regression].cause}` : ''));
  const total = options.buildOnly ? 4 : 5;
  const gates = [];

  gates.push(options.skipLint ? { name: 'lint', status: 'skipped', failures: [] } : await step(1, total, 'lint (ESLint + @perfgate/eslint-plugin recommended)', () => lintGate(options)));

  let build;
  if (options.skipBuild) {
    build = await step(2, total, 'build: reuse the last build', async () => {
      const marker = readJson(BUILD_MARKER);
      if (!marker) fail(`--skip-build: no build marker at ${path.relative(APP_DIR, BUILD_MARKER)}; run without --skip-build first`);
      if (marker.bundler !== options.bundler || marker.regression) fail(`--skip-build: the last build is ${marker.bundler}${marker.regression ? ` with regression ${marker.regression}` : ''}; rebuild`);
      console.log(`  reusing the clean ${marker.bundler} build of ${marker.builtAt} (bundle gate checked then)`);
      return { name: 'bundle', status: 'skipped', failures: [], note: 'reused build', built: true };
    });
  } else {
    build = await step(2, total, `build with bundle budgets (next build${options.bundler === 'webpack' ? ' --webpack' : ', Turbopack'} + withPerfgate)`, () => buildGate(options, core, config, env));
    for (const f of build.failures) console.log(`  ${red('✗')} ${f}`);
    for (const e of build.explanations ?? []) console.log(`  ${yellow('why')} ${e}`);
    if (build.status === 'pass') console.log(`  ${green('✓')} every route within its bundle budget and baseline`);
  }
  gates.push(build);
  if (build.status === 'error') {
    console.error(red(`\n✗ ${build.failures[0]}`));
    process.exit(2);
  }

  if (!options.buildOnly) {
    if (build.built) {
      const lab = await step(3, total, 'serve + lab: next start, Playwright perf suite (@perfgate/playwright)', () => labGate(options, core, config, env));
      gates.push(lab);
      for (const f of lab.failures) console.log(`  ${red('✗')} ${f}`);
      for (const e of lab.explanations ?? []) console.log(`  ${yellow('why')} ${e}`);
      if (lab.status === 'error') {
        console.error(red('\n✗ the lab gate could not run'));
        process.exit(2);
      }
    } else {
      gates.push({ name: 'lab', status: 'skipped', failures: [], note: 'the build failed its budget, nothing to serve' });
    }
  }

  await step(total - 1, total, 'summary', async () => {
    for (const gate of gates) console.log(gateLine(gate));
    const lab = gates.find((g) => g.name === 'lab' && g.report);
    if (lab) {
      console.log(`\n  ${bold('route'.padEnd(16))}${LAB_METRICS.map((m) => bold(m.padStart(10))).join('')}   ${dim('(p75 of the samples; ✗ = budget or baseline failure)')}`);
      for (const row of labRows(lab.report)) {
        console.log(`  ${row.route.padEnd(16)}${row.cells.map((c) => (c.failed ? red(`${c.text} ✗`.padStart(10)) : c.text.padStart(10))).join('')}`);
      }
    }
  });

  const judged = options.regression ? judgeRegression(options.regression, gates) : undefined;
  const files = await step(total, total, 'reports', async () => {
    const written = writeSummary(options, gates, judged);
    const all = [...new Set([...gates.flatMap((g) => (g.reportFile ? [g.reportFile] : [])), ...written])];
    for (const g of gates) {
      if (!g.reportFile) continue;
      const stem = g.reportFile.replace(/\.json$/, '');
      for (const ext of ['.md', '.html', '.txt']) if (existsSync(stem + ext)) all.push(stem + ext);
    }
    // Paths relative to where the user ran `pnpm demo` (pnpm runs the script in apps/demo).
    const from = process.env.INIT_CWD ?? process.cwd();
    console.log(`  written to ${path.relative(from, REPORTS_DIR) || '.'}/:`);
    for (const f of [...new Set(all)].sort()) console.log(`  ${path.relative(from, f)}`);
    return all;
  });
  void files;

  const passed = gates.every((g) => g.status === 'pass' || g.status === 'skipped');
  console.log('');
  if (judged) {
    console.log(bold(`Injected regression "${options.regression}" (${REGRESSIONS[options.regression].route}):`));
    for (const line of judged.lines) console.log(line);
    console.log(judged.ok ? green(`✓ caught by the gate meant for it; the other gates passed`) : red('✗ the regression was not handled as expected'));
  }
  console.log(passed ? green(`✓ all gates passed in ${seconds(Date.now() - started)}`) : red(`✗ ${gates.filter((g) => g.status === 'fail').map((g) => g.name).join(', ')} gate failed (${seconds(Date.now() - started)})`));
  process.exit(passed ? 0 : 1);
}

main().catch((error) => {
  console.error(red(`✗ ${error.stack ?? error.message}`));
  process.exit(2);
});

