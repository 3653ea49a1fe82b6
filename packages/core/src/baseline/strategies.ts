import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Run, RunReport } from '../model.js';

/** How `PERFGATE_UPDATE_BASELINE=1` / `perfgate baseline update` records a run. */
export type BaselineStrategy = 'rolling' | 'manual' | 'auto-stable';

/** Where a run goes: the baseline itself, the candidate file (manual), or nowhere. */
export interface RecordDecision {
  target: 'baseline' | 'candidate' | 'none';
  reason: string;
}

/** Coefficient of variation of samples (unitless); 0 for fewer than 2 samples or a zero mean. */
export function coefficientOfVariation(samples: readonly number[]): number {
  const xs = samples.filter((x) => Number.isFinite(x));
  if (xs.length < 2) return 0;
  const m = mean(xs);
  if (m === 0) return 0;
  return Math.abs(sampleStandardDeviation(xs) / m);
}

/**
 * Decides whether and where a run is recorded under a strategy (the seed's three):
 * - `rolling`: every run goes into the window, except runs that regressed (their report has a
 *   regressed verdict) — so a slow creep cannot drag the baseline along with it — and anomalous runs:
 *   a measurement whose spread (CV) is above `maxCv` and more than {@link ANOMALY_CV_FACTOR}× the
 *   median spread of its stored runs (a noisy neighbour, a throttled CI machine).
 * - `manual`: the run is written as a candidate; `accept` promotes it.
 * - `auto-stable`: only a passing run (no regression, no budget error) whose every measurement has a
 *   spread (CV) at most `maxCv`.
 * `force` records into the baseline (or candidate, for `manual`) whatever the report says.
 */
export function decideRecording(
  run: Run,
  report: RunReport | undefined,
  strategy: BaselineStrategy,
  options: { maxCv: number; force?: boolean; baselineCv?: (m: Run['measurements'][number]) => number | undefined },
): RecordDecision {
  if (strategy === 'manual') return { target: 'candidate', reason: 'manual strategy: written as a candidate; run `perfgate baseline accept` to promote it' };
  if (options.force) return { target: 'baseline', reason: 'forced' };
  if (strategy === 'rolling') {
    if (report?.hasRegressions) {
      const n = report.regressions.length;
      return { target: 'none', reason: `rolling strategy skips regressed runs (${n} regression${n === 1 ? '' : 's'}); use --force or accept it explicitly` };
    }
    const anomaly = options.baselineCv ? findAnomaly(run, options.maxCv, options.baselineCv) : undefined;
    if (anomaly) return { target: 'none', reason: `rolling strategy skips anomalous runs: ${anomaly}; use --force to record it anyway` };
    return { target: 'baseline', reason: 'rolling strategy: run added to the window' };
  }
  if (report?.hasRegressions || report?.hasBudgetErrors) {
    return { target: 'none', reason: 'auto-stable strategy records only passing runs (this run has regressions or budget errors)' };
  }
  for (const m of run.measurements) {
    const cv = coefficientOfVariation(m.samples);
    if (cv > options.maxCv) {
      return { target: 'none', reason: `auto-stable strategy: ${m.route} ${m.metric} spread CV ${cv.toFixed(3)} > maxCv ${options.maxCv}` };
    }
  }
  return { target: 'baseline', reason: 'auto-stable strategy: passing run with spread in range' };
}

/** A run's spread counts as anomalous above this multiple of the baseline's median spread. */
export const ANOMALY_CV_FACTOR = 3;

function findAnomaly(run: Run, maxCv: number, baselineCv: (m: Run['measurements'][number]) => number | undefined): string | undefined {
  for (const m of run.measurements) {
    const base = baselineCv(m);
    if (base === undefined) continue;
    const cv = coefficientOfVariation(m.samples);
    if (cv > maxCv && cv > ANOMALY_CV_FACTOR * base) {
      return `${m.route} ${m.metric} spread CV ${cv.toFixed(3)} > ${ANOMALY_CV_FACTOR}× the baseline's ${base.toFixed(3)}`;
    }
  }
  return undefined;
}
