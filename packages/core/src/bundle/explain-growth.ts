import type { ChunkAttribution } from './measure-bundle.js';
import { formatBytes } from './format-bytes.js';

/** Why a route's first load changed, chunk by chunk, against the baseline's chunk list. */
export interface GrowthExplanation {
  /** Chunks in the first load now that were not at baseline time. */
  added: ChunkAttribution[];
  /** Chunks that left the first load. */
  removed: ChunkAttribution[];
  /** Packages whose code is in the first load now and was not before (when the bundler exposes modules). */
  newPackages: string[];
}

/** Compares a route's current chunks with its baseline chunks (by file name; names carry content hashes). */
export function explainGrowth(current: ChunkAttribution[], baseline: ChunkAttribution[]): GrowthExplanation {
  const before = new Set(baseline.map((c) => c.file));
  const now = new Set(current.map((c) => c.file));
  const pkgsBefore = new Set(baseline.flatMap((c) => c.packages ?? []));
  const newPackages = [...new Set(current.flatMap((c) => c.packages ?? []))].filter((p) => !pkgsBefore.has(p));
  return {
    added: current.filter((c) => !before.has(c.file)).sort((a, b) => b.raw - a.raw),
    removed: baseline.filter((c) => !now.has(c.file)),
    newPackages,
  };
}

/** One line: `entered: a.js (+12.3 kB gzip, react-dom); left: b.js (-1.0 kB gzip); new packages: lodash`. */
export function formatGrowth(g: GrowthExplanation): string {
  const size = (c: ChunkAttribution, sign: string): string =>
    `${sign}${formatBytes(c.gzip ?? c.raw)}${c.gzip !== undefined ? ' gzip' : ''}`;
  const parts: string[] = [];
  if (g.added.length > 0) {
    parts.push(
      `entered: ${g.added
        .slice(0, 5)
        .map((c) => {
          const what = [...(c.packages ?? []).slice(0, 3), ...(c.modules ?? []).slice(0, 2)];
          return `${c.file} (${size(c, '+')}${what.length > 0 ? `; ${what.join(', ')}` : ''})`;
        })
        .join(', ')}${g.added.length > 5 ? ` and ${g.added.length - 5} more` : ''}`,
    );
  }
  if (g.removed.length > 0) parts.push(`left: ${g.removed.slice(0, 5).map((c) => `${c.file} (${size(c, '-')})`).join(', ')}`);
  if (g.newPackages.length > 0) parts.push(`new packages: ${g.newPackages.slice(0, 10).join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'same chunks as the baseline (their contents grew)';
}
