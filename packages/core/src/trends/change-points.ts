/**
 * `detectChangePoints`: where did a metric step? Binary segmentation with a rank-based scan statistic
 * and a permutation test at every step (an equivalent of E-Divisive means that is robust to single
 * spikes). See docs/statistics.md and bench/change-points.
 */
import { quantileSorted } from 'simple-statistics';
import { midRanks, scanRanks } from './rank-scan.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

/** A detected step in a series. */
export interface ChangePoint {
  /** Index (into the input series) of the first value after the step. */
  index: number;
  /** Median of the segment before the step (series' unit). */
  before: number;
  /** Median of the segment after the step (series' unit). */
  after: number;
  /** after / before − 1 (unitless, +0.1 = 10% larger); ±100 when `before` is 0. Always finite. */
  relativeChange: number;
  /** Permutation p-value of the split when it was found (unitless, 0..1). */
  pValue: number;
}

/** Options of {@link detectChangePoints}. */
export interface ChangePointOptions {
  /** Significance level of each split's permutation test (unitless), default 0.01. */
  alpha?: number;
  /** Fewest values on each side of a step (count), default 5. */
  minSegment?: number;
  /** Permutations per test (count), default 999. */
  permutations?: number;
  /** Seed of the permutations (integer), default 1; the same seed gives the same answer. */
  seed?: number;
  /** Most change points to report (count), default 10. */
  maxChangePoints?: number;
}

/**
 * Find the runs where a metric stepped, with the size of each step and its significance.
 * Non-finite values are skipped (indices still refer to the input). Returns change points by index.
 */
export function detectChangePoints(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const alpha = options.alpha !== undefined && options.alpha > 0 && options.alpha < 1 ? options.alpha : 0.01;
  const minSegment = Math.max(2, Math.floor(options.minSegment ?? 5));
  const permutations = Math.max(19, Math.floor(options.permutations ?? 999));
  const maxChangePoints = Math.max(0, Math.floor(options.maxChangePoints ?? 10));
  const random = seededRandom(options.seed ?? 1);

  const positions: number[] = [];
  const values: number[] = [];
  series.forEach((v, i) => {
    if (Number.isFinite(v)) {
      positions.push(i);
      values.push(v);
    }
  });

  const found: Array<{ at: number; pValue: number }> = [];
  const queue: Array<[number, number]> = [[0, values.length]];
  while (queue.length && found.length < maxChangePoints) {
    const [lo, hi] = queue.shift() as [number, number];
    if (hi - lo < 2 * minSegment) continue;
    const segment = values.slice(lo, hi);
    const ranks = midRanks(segment);
    const observed = scanRanks(ranks, minSegment);
    if (observed.split < 0 || observed.statistic === 0) continue;
    const pValue = permutationP(ranks, observed.statistic, minSegment, permutations, random);
    if (pValue >= alpha) continue;
    const at = lo + observed.split;
    found.push({ at, pValue });
    queue.push([lo, at], [at, hi]);
  }

  found.sort((a, b) => a.at - b.at);
  return found.map((f, i) => {
    const start = i === 0 ? 0 : (found[i - 1] as { at: number }).at;
    const end = i === found.length - 1 ? values.length : (found[i + 1] as { at: number }).at;
    const before = median(values.slice(start, f.at));
    const after = median(values.slice(f.at, end));
    return { index: positions[f.at] as number, before, after, relativeChange: relative(before, after), pValue: f.pValue };
  });
}

/** Share of permutations whose best split is at least as strong as the observed one (+1 smoothing). */
function permutationP(ranks: Float64Array, observed: number, minSegment: number, permutations: number, random: () => number): number {
  const work = Array.from(ranks);
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    shuffleInPlace(work, random);
    if (scanRanks(work, minSegment).statistic >= observed - 1e-12) atLeast++;
  }
  return (atLeast + 1) / (permutations + 1);
}

function median(x: number[]): number {
  return x.length ? quantileSorted([...x].sort((a, b) => a - b), 0.5) : 0;
}

function relative(before: number, after: number): number {
  if (after === before) return 0;
  if (before === 0) return Math.sign(after - before) * 100;
  const r = (after - before) / Math.abs(before);
  return Number.isFinite(r) ? Math.max(-100, Math.min(100, r)) : Math.sign(r) * 100;
}
