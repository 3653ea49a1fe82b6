/**
 * Synthetic performance data shaped like the real thing. Each scenario draws one CI run of `n`
 * samples; `factor` is the true multiplicative change (1.2 = a 20% regression) applied to every sample.
 */
import type { Rng } from './random.ts';

export interface Scenario {
  name: string;
  /** What the numbers imitate. */
  about: string;
  /**
   * True within-run σ of log values, when the scenario is plain log-normal noise (plus at most a
   * per-run offset); undefined when no single σ describes it (outliers, mixtures, ties, zeros).
   */
  logSigma?: number;
  /** True σ of the per-run offset of log values (0 when runs do not drift); set with `logSigma`. */
  logRunSigma?: number;
  /** One run's samples. */
  run(rng: Rng, n: number, factor: number): number[];
}

/** Per-run offset shared by all samples of a run (log scale σ), for the CI-offset scenario. */
const RUN_OFFSET_SIGMA = 0.03;

const logNormal = (rng: Rng, median: number, sigma: number): number => median * Math.exp(sigma * rng.normal());

export const SCENARIOS: Scenario[] = [
  {
    name: 'log-normal',
    about: 'LCP-like, median 1200 ms, σ_log 0.15 (15% noise)',
    logSigma: 0.15,
    logRunSigma: 0,
    run: (rng, n, f) => Array.from({ length: n }, () => f * logNormal(rng, 1200, 0.15)),
  },
  {
    name: 'outliers 2-3x',
    about: 'σ_log 0.10 plus 10% of samples 2–3× slower (GC, noisy neighbour)',
    run: (rng, n, f) =>
      Array.from({ length: n }, () => {
        const v = logNormal(rng, 1200, 0.1);
        return f * (rng.uniform() < 0.1 ? v * (2 + rng.uniform()) : v);
      }),
  },
  {
    name: 'bimodal cache',
    about: '70% cache hits ~400 ms, 30% misses ~900 ms, σ_log 0.10 each',
    run: (rng, n, f) => Array.from({ length: n }, () => f * (rng.uniform() < 0.7 ? logNormal(rng, 400, 0.1) : logNormal(rng, 900, 0.1))),
  },
  {
    name: 'integer-ms ties',
    about: 'INP-like integer ms, median 40 ms, σ_log 0.15 (many ties)',
    run: (rng, n, f) => Array.from({ length: n }, () => Math.round(f * logNormal(rng, 40, 0.15))),
  },
  {
    name: 'CLS mostly 0',
    about: '80% exactly 0, else ~0.05 (σ_log 0.3), rounded to 4 decimals',
    run: (rng, n, f) => Array.from({ length: n }, () => (rng.uniform() < 0.8 ? 0 : Math.round(f * logNormal(rng, 0.05, 0.3) * 1e4) / 1e4)),
  },
  {
    name: 'constant',
    about: 'bundle size 250 000 bytes, identical every sample',
    run: (_rng, n, f) => Array.from({ length: n }, () => Math.round(250_000 * f)),
  },
  {
    name: 'CI run offsets',
    about: `σ_log 0.10 plus a per-run offset (σ_log ${RUN_OFFSET_SIGMA}) shared by the run`,
    logSigma: 0.1,
    logRunSigma: RUN_OFFSET_SIGMA,
    run: (rng, n, f) => {
      const offset = Math.exp(RUN_OFFSET_SIGMA * rng.normal());
      return Array.from({ length: n }, () => f * offset * logNormal(rng, 1200, 0.1));
    },
  },
];
