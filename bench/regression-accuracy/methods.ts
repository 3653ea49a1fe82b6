/**
 * The rules compared: perfgate's default `compareSamples`, the seed's z-rule (`method: 'z-score'`:
 * z ≥ 2 and change ≥ 15% — its own, larger gate), a Welch t-test on log values, and an oracle z-test
 * that is told the true within-run σ. All use alpha 0.01; all but the seed rule count a regression
 * only when the estimated change is at least 10% (the t-test and the oracle get the same practical
 * gate as perfgate so that power is compared like for like).
 */
import { compareSamples, normalCdf, normalQuantile, studentTTwoSidedP } from '../../packages/core/src/stats/index.ts';

export interface Method {
  name: string;
  /** True when the current run is flagged as a regression. */
  regressed(baseline: number[][], current: number[]): boolean;
  /** The exact rate of `regressed` for a true change `factor` (1 = unchanged), when it has a closed form. */
  exactRate?(factor: number): number;
}

const ALPHA = 0.01;
const MIN_RELATIVE = 0.1;
/** perfgate's default assumed run-to-run variation (`runToRunCv`), on the log scale as perfgate uses it. */
const TAU0 = Math.log1p(0.03);

export const perfgate = (multiRun: boolean): Method => ({
  name: 'perfgate default',
  regressed: (b, c) => compareSamples(multiRun ? b : (b[0] as number[]), c).verdict === 'regressed',
});

/** perfgate without the run-to-run allowance (`runToRunCv: 0`): what the allowance costs and buys. */
export const perfgateNoRunAllowance = (multiRun: boolean): Method => ({
  name: 'perfgate runToRunCv 0',
  regressed: (b, c) => compareSamples(multiRun ? b : (b[0] as number[]), c, { runToRunCv: 0 }).verdict === 'regressed',
});

export const seedZ: Method = {
  name: 'seed z-rule',
  regressed: (b, c) => compareSamples(b.flat(), c, { method: 'z-score' }).verdict === 'regressed',
};

export const logT: Method = {
  name: 't-test on logs',
  regressed: (b, c) => {
    const pooled = b.flat();
    const positives = [...pooled, ...c].filter((v) => v > 0).sort((x, y) => x - y);
    // log(0) is −∞: give zeros the same 1%-of-median offset perfgate uses, else the test cannot run.
    const offset = positives.length && Math.min(...pooled, ...c) === 0 ? 0.01 * (positives[Math.floor(positives.length / 2)] as number) : 0;
    const lb = pooled.map((v) => Math.log(v + offset));
    const lc = c.map((v) => Math.log(v + offset));
    const { mean: mb, variance: vb } = moments(lb);
    const { mean: mc, variance: vc } = moments(lc);
    const se2 = vb / lb.length + vc / lc.length;
    if (!(se2 > 1e-20)) return mc - mb >= Math.log1p(MIN_RELATIVE) - 1e-9; // constant: no test possible, compare values
    const df = (se2 * se2) / ((vb / lb.length) ** 2 / (lb.length - 1) + (vc / lc.length) ** 2 / (lc.length - 1));
    const t = (mc - mb) / Math.sqrt(se2);
    return studentTTwoSidedP(t, df) < ALPHA && Math.expm1(mc - mb) >= MIN_RELATIVE;
  },
};

/**
 * The ceiling for any rule that must keep ≤ alpha false alarms when runs drift by τ₀ = 3%: a one-sided
 * z-test on the difference of log means that is *told* the true within-run σ (so it pays nothing for
 * estimating spread) and allows τ₀ for the current run's offset and for the baseline runs' offsets
 * (averaged over the k baseline runs). With one baseline run:
 *   regressed ⇔ mean(log c) − mean(log b) ≥ z₀.₉₉ · √(σ²(1/n + 1/m) + 2τ₀²)  and change ≥ 10%.
 * Under 'CI run offsets' (true drift 3%) its false-alarm rate is alpha by construction; under plain
 * log-normal noise its power is the most a one-run rule with that drift allowance can have.
 * Defined only where the scenario's σ is known (`Scenario.logSigma`); `exactRate` is its closed form
 * (the mean difference is normal with variance σ²(1/n + 1/m) + σ_run²(1 + 1/k)).
 */
export const oracleZ = (truth: { logSigma: number; logRunSigma: number }, runs: number, n: number): Method => {
  const m = n * runs;
  const within = truth.logSigma ** 2 * (1 / n + 1 / m);
  const threshold = normalQuantile(1 - ALPHA) * Math.sqrt(within + TAU0 ** 2 * (1 + 1 / runs));
  const trueSd = Math.sqrt(within + truth.logRunSigma ** 2 * (1 + 1 / runs));
  const cut = Math.max(threshold, Math.log1p(MIN_RELATIVE));
  return {
    name: 'oracle z (knows σ, τ₀ 3%)',
    regressed: (b, c) => {
      const diff = moments(c.map(Math.log)).mean - moments(b.flat().map(Math.log)).mean;
      return diff >= threshold && Math.expm1(diff) >= MIN_RELATIVE;
    },
    exactRate: (factor) => 1 - normalCdf((cut - Math.log(factor)) / trueSd),
  };
};

function moments(x: number[]): { mean: number; variance: number } {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, x.length - 1);
  return { mean, variance };
}
