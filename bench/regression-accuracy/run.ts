/**
 * bench/regression-accuracy: false-alarm rate and power of perfgate's default comparison vs the seed's
 * z-rule vs a t-test on logs, with an oracle z-test (told the true σ) as the ceiling where σ is known,
 * on seeded synthetic data (scenarios.ts). Run: `pnpm bench:accuracy`.
 * Environment: TRIALS_FA (default 3000) and TRIALS_POWER (default 600) trade time for precision.
 */
import os from 'node:os';
import { createRng } from './random.ts';
import { SCENARIOS } from './scenarios.ts';
import { logT, oracleZ, perfgate, perfgateNoRunAllowance, seedZ, type Method } from './methods.ts';

const N = 20; // samples per run
const RUNS = 5; // baseline runs in the several-runs mode
const TRIALS_FA = Number(process.env.TRIALS_FA ?? 3000);
const TRIALS_POWER = Number(process.env.TRIALS_POWER ?? 600);
const EFFECTS = [0.1, 0.2, 0.3];
const FA_TARGET = 0.01;
const POWER_TARGET = 0.9;

interface Row { scenario: string; mode: string; method: string; fa: number; power: number[]; exact?: { fa: number; power: number[] } }

function rate(method: Method, scenarioIndex: number, multiRun: boolean, factor: number, trials: number): number {
  const scenario = SCENARIOS[scenarioIndex]!;
  const rng = createRng(1000 * scenarioIndex + (multiRun ? 500 : 0) + Math.round(factor * 100));
  let hits = 0;
  for (let t = 0; t < trials; t++) {
    const baseline = Array.from({ length: multiRun ? RUNS : 1 }, () => scenario.run(rng, N, 1));
    const current = scenario.run(rng, N, factor);
    if (method.regressed(baseline, current)) hits++;
  }
  return hits / trials;
}

const started = Date.now();
const rows: Row[] = [];
for (let s = 0; s < SCENARIOS.length; s++) {
  for (const multiRun of [false, true]) {
    const { logSigma, logRunSigma = 0 } = SCENARIOS[s]!;
    const oracle = logSigma === undefined ? [] : [oracleZ({ logSigma, logRunSigma }, multiRun ? RUNS : 1, N)];
    for (const method of [perfgate(multiRun), perfgateNoRunAllowance(multiRun), seedZ, logT, ...oracle]) {
      rows.push({
        scenario: SCENARIOS[s]!.name,
        mode: multiRun ? `${RUNS} runs` : '1 run',
        method: method.name,
        fa: rate(method, s, multiRun, 1, TRIALS_FA),
        power: EFFECTS.map((e) => rate(method, s, multiRun, 1 + e, TRIALS_POWER)),
        ...(method.exactRate && { exact: { fa: method.exactRate(1), power: EFFECTS.map((e) => method.exactRate!(1 + e)) } }),
      });
    }
  }
}

/**
 * Where the oracle — the best a rule can do that keeps ≤ 1% false alarms under 3% run drift, even
 * knowing σ — itself falls short of 90% of the t-test's power, that power target is unreachable.
 */
function oracleBounds(all: Row[]): string[] {
  const out: string[] = [];
  for (const o of all.filter((r) => r.method.startsWith('oracle'))) {
    const t = all.find((x) => x.scenario === o.scenario && x.mode === o.mode && x.method === 't-test on logs')!;
    if (t.fa > FA_TARGET) continue;
    EFFECTS.forEach((e, i) => {
      const tp = t.power[i] ?? 0;
      const op = o.power[i] ?? 0;
      const ep = o.exact?.power[i] ?? op;
      if (tp > 0.05 && Math.min(op, ep) < POWER_TARGET * tp) {
        out.push(`${o.scenario} / ${o.mode} at +${e * 100}%: the oracle reaches ${pct(op)} (exactly ${pct(ep)}) = ${(op / tp).toFixed(3)} (${(ep / tp).toFixed(3)}) × the t-test's ${pct(tp)}`);
      }
    });
  }
  return out;
}

/** False-alarm rate of a method under the 'CI run offsets' scenario, for the bound's explanation. */
function driftFa(all: Row[], method: string, mode: string): string {
  const r = all.find((x) => x.scenario === 'CI run offsets' && x.mode === mode && x.method.startsWith(method));
  return r ? pct(r.fa) + (r.exact ? ` (exactly ${pct(r.exact.fa)})` : '') : 'n/a';
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
console.log(`# regression-accuracy — ${N} samples per run; baseline = 1 run or ${RUNS} runs; alpha 0.01; ≥10% change gate (seed z-rule: its own 15%)`);
console.log(`# ${TRIALS_FA} unchanged trials, ${TRIALS_POWER} trials per regression size; node ${process.version}; ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
console.log('');
console.log('| scenario | baseline | method | false alarms | power +10% | power +20% | power +30% | vs t-on-logs power (+20%) |');
console.log('|---|---|---|---:|---:|---:|---:|---:|');
const failures: string[] = [];
for (const r of rows) {
  const t = rows.find((x) => x.scenario === r.scenario && x.mode === r.mode && x.method === 't-test on logs')!;
  const tValid = t.fa <= FA_TARGET;
  const ratio = tValid && (t.power[1] ?? 0) >= 0.05 ? (r.power[1] ?? 0) / (t.power[1] ?? 1) : NaN;
  const note = !tValid ? 'n/a (t-test invalid)' : 'n/a (t-test power < 5%)';
  console.log(`| ${r.scenario} | ${r.mode} | ${r.method} | ${pct(r.fa)} | ${r.power.map(pct).join(' | ')} | ${Number.isNaN(ratio) ? note : ratio.toFixed(2)} |`);
  if (r.method === 'perfgate default') {
    if (r.fa > FA_TARGET) failures.push(`${r.scenario} / ${r.mode}: false alarms ${pct(r.fa)} > 1%`);
    if (tValid) {
      for (let i = 0; i < EFFECTS.length; i++) {
        const tp = t.power[i] ?? 0;
        if (tp > 0.05 && (r.power[i] ?? 0) < POWER_TARGET * tp) failures.push(`${r.scenario} / ${r.mode}: power at +${EFFECTS[i]! * 100}% ${pct(r.power[i] ?? 0)} < 90% of t-test's ${pct(tp)}`);
      }
    }
  }
}
const bounds = oracleBounds(rows);
console.log('');
console.log(failures.length ? `Targets missed:\n- ${failures.join('\n- ')}` : 'All targets met: ≤1% false alarms everywhere; ≥90% of the log t-test power wherever it is valid.');
if (bounds.length) {
  console.log(
    `Power bound — the oracle z-test is told the true σ and allows only the 3% run-to-run drift a rule must allow to keep ≤ 1% false alarms when runs drift ` +
      `(oracle ${driftFa(rows, 'oracle', '1 run')} false alarms under 'CI run offsets' with 1 run, the t-test ${driftFa(rows, 't-test on logs', '1 run')}). ` +
      `Where even it stays below 90% of the t-test's power, no rule can meet both targets:\n- ${bounds.join('\n- ')}`,
  );
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
