/**
 * The alternative measured alongside perfgate: binary segmentation on means (a CUSUM / two-sample
 * t-statistic scan, the classic E-Divisive-means-like approach) with the same permutation test.
 * Not robust: a single 3× spike pulls a segment mean.
 */
import { createRng } from '../regression-accuracy/random.ts';

function scanMeans(x: readonly number[], minSegment: number): { split: number; statistic: number } {
  const m = x.length;
  const total = x.reduce((s, v) => s + v, 0);
  const mean = total / m;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, m - 1)) || 1;
  let best = { split: -1, statistic: 0 };
  let prefix = 0;
  for (let s = 1; s < m; s++) {
    prefix += x[s - 1] as number;
    if (s < minSegment || m - s < minSegment) continue;
    const diff = prefix / s - (total - prefix) / (m - s);
    const z = Math.abs(diff) / (sd * Math.sqrt(1 / s + 1 / (m - s)));
    if (z > best.statistic) best = { split: s, statistic: z };
  }
  return best;
}

/** Change-point indices found by mean-based binary segmentation (alpha 0.01, 999 permutations). */
export function meanChangePoints(series: readonly number[], seed = 1, alpha = 0.01, minSegment = 5, permutations = 999): number[] {
  const rng = createRng(seed);
  const found: number[] = [];
  const queue: Array<[number, number]> = [[0, series.length]];
  while (queue.length && found.length < 10) {
    const [lo, hi] = queue.shift() as [number, number];
    if (hi - lo < 2 * minSegment) continue;
    const seg = series.slice(lo, hi);
    const obs = scanMeans(seg, minSegment);
    if (obs.split < 0) continue;
    const work = [...seg];
    let atLeast = 0;
    for (let b = 0; b < permutations; b++) {
      for (let i = work.length - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        [work[i], work[j]] = [work[j] as number, work[i] as number];
      }
      if (scanMeans(work, minSegment).statistic >= obs.statistic - 1e-12) atLeast++;
    }
    if ((atLeast + 1) / (permutations + 1) >= alpha) continue;
    found.push(lo + obs.split);
    queue.push([lo, lo + obs.split], [lo + obs.split, hi]);
  }
  return found.sort((a, b) => a - b);
}
