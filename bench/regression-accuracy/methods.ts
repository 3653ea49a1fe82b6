/**
 * The three rules compared: perfgate's default `compareSamples`, the seed's z-rule
 * (`method: 'z-score'`: z ≥ 2 and change ≥ 15%), and a Welch t-test on log values. All use alpha 0.01
 * and count a regression only when the estimated change is at least 10% (the t-test gets the same
 * practical gate as perfgate so that power is compared like for like).
 */
import { compareSamples, studentTTwoSidedP } from '../../packages/core/src/stats/index.ts';

export interface Method {
  name: string;
  /** True when the current run is flagged as a regression. */
  regressed(baseline: number[][], current: number[]): boolean;
}

const ALPHA = 0.01;
const MIN_RELATIVE = 0.1;

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

function moments(x: number[]): { mean: number; variance: number } {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, x.length - 1);
  return { mean, variance };
}
