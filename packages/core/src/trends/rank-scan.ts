/**
 * The scan statistic of the change-point test: for every split of a segment, the standardized
 * Mann–Whitney statistic of "left vs right" computed from ranks (Pettitt 1979, standardized per split).
 * Ranks make the scan robust to single spikes: a 3× outlier moves one rank, not the mean.
 */

export interface ScanResult {
  /** Index (within the segment) of the first value after the best split. */
  split: number;
  /** Largest |z| over the allowed splits (unitless). */
  statistic: number;
}

/** Mid-ranks (1-based, ties averaged) of `x`. */
export function midRanks(x: readonly number[]): Float64Array {
  const order = x.map((_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  const ranks = new Float64Array(x.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1] as number] === x[order[i] as number]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = r;
    i = j + 1;
  }
  return ranks;
}

/**
 * Best split of a segment given its ranks: the split s (minSegment ≤ s ≤ m − minSegment) maximising
 * |Σ_{i<s} r_i − s(m+1)/2| / √(s(m−s)(m+1)/12). Returns statistic 0 when no split is allowed.
 */
export function scanRanks(ranks: ArrayLike<number>, minSegment: number): ScanResult {
  const m = ranks.length;
  let best: ScanResult = { split: -1, statistic: 0 };
  let prefix = 0;
  for (let s = 1; s < m; s++) {
    prefix += ranks[s - 1] as number;
    if (s < minSegment || m - s < minSegment) continue;
    const sd = Math.sqrt((s * (m - s) * (m + 1)) / 12);
    const z = Math.abs(prefix - (s * (m + 1)) / 2) / sd;
    if (z > best.statistic + 1e-12) best = { split: s, statistic: z };
  }
  return best;
}

