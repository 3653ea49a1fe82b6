/**
 * Multiple-comparison adjustments of p-values: Holm (family-wise error rate, any dependence) and
 * Benjamini–Hochberg (false discovery rate, independent or positively dependent tests).
 */

export type Correction = 'holm' | 'bh' | 'none';

/** Adjusted p-values in the input order (unitless, 0..1); non-finite p-values count as 1. */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  const p = pValues.map((v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1));
  if (correction === 'none' || m <= 1) return p;
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
  const adjusted = new Array<number>(m).fill(1);
  if (correction === 'holm') {
    let running = 0;
    order.forEach((idx, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * (p[idx] as number)));
      adjusted[idx] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const idx = order[rank] as number;
      running = Math.min(running, Math.min(1, (m * (p[idx] as number)) / (rank + 1)));
      adjusted[idx] = running;
    }
  }
  return adjusted;
}
