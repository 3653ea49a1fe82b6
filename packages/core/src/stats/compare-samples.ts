/**
 * `compareSamples`: the regression verdict every perfgate gate uses. Method choice and its evidence:
 * docs/statistics.md and bench/regression-accuracy.
 */
import { medianAbsoluteDeviation, quantileSorted } from 'simple-statistics';
import type { CompareMethod, CompareOptions, Comparison, Direction } from './compare-types.js';
import { exactCompare, isDeterministic } from './exact-compare.js';
import { rankShiftTest } from './rank-shift-test.js';
import { chooseScale } from './scale.js';
import { severityOf, SEVERITY_THRESHOLDS } from './severity.js';
import { finiteSorted } from './summarize.js';
import { SEED_MIN_RELATIVE_CHANGE, SEED_Z_THRESHOLD, zScoreCompare } from './z-score-compare.js';

/** Defaults of {@link CompareOptions}. */
export const DEFAULT_COMPARE_OPTIONS = {
  direction: 'lower-is-better',
  alpha: 0.01,
  minRelativeChange: 0.1,
  minAbsoluteChange: 0,
  minSamples: 5,
  method: 'auto',
  runToRunCv: 0.03,
} as const satisfies Required<CompareOptions>;

type Resolved = { -readonly [K in keyof typeof DEFAULT_COMPARE_OPTIONS]: K extends 'direction' ? Direction : K extends 'method' ? CompareMethod : number };

/**
 * Compare current samples with a baseline.
 * @param baseline one run's samples, or several runs (one array per CI run).
 * @param current this run's samples (same unit as the baseline).
 * @returns a finite {@link Comparison}; never throws on bad numbers (non-finite samples are dropped).
 */
export function compareSamples(baseline: readonly number[] | readonly (readonly number[])[], current: readonly number[], options: CompareOptions = {}): Comparison {
  const o = resolveOptions(options);
  const runs = normalizeBaseline(baseline);
  const cur = finiteSorted(current);
  const pooledCount = runs.reduce((s, r) => s + r.length, 0);
  const deterministic = runs.length > 0 && isDeterministic(runs, cur);
  const method = pickMethod(o, runs.length, deterministic, pooledCount, cur.length);

  if (runs.length === 0 || cur.length === 0) {
    return inconclusive(method, runs, cur, `no ${runs.length === 0 ? 'baseline' : 'current'} samples`);
  }
  if (method === 'exact') return finish(exactVerdict(runs, cur), o);
  if (pooledCount < o.minSamples || cur.length < o.minSamples) {
    const hint = deterministic ? "; for deterministic metrics such as bundle sizes use method 'exact'" : '';
    return inconclusive(method, runs, cur, `fewer than ${o.minSamples} samples (baseline ${pooledCount}, current ${cur.length})${hint}`);
  }
  if (method === 'z-score') {
    const zMin = options.minRelativeChange ?? SEED_MIN_RELATIVE_CHANGE;
    const r = zScoreCompare(runs.flat(), cur, SEVERITY_THRESHOLDS.critical.z);
    const worse = o.direction === 'lower-is-better' ? r.z : -r.z;
    const better = -worse;
    const rel = r.relativeChange;
    const big = Math.abs(rel) >= zMin && Math.abs(r.absoluteChange) >= o.minAbsoluteChange;
    const verdict = worse >= SEED_Z_THRESHOLD && big ? 'regressed' : better >= SEED_Z_THRESHOLD && big ? 'improved' : 'unchanged';
    return finish({ ...r, verdict, method: 'z-score', z: Math.abs(r.z) }, o);
  }
  return finish(rankVerdict(runs, cur, o), o);
}

type Draft = Omit<Comparison, 'severity'>;

function rankVerdict(runs: number[][], cur: number[], o: Resolved): Draft {
  const pooled = runs.flat().sort((a, b) => a - b);
  const scale = chooseScale([...pooled, ...cur]);
  const baselineValue = quantileSorted(pooled, 0.5);
  const tau0 = scale.kind === 'log' ? Math.log1p(o.runToRunCv) : o.runToRunCv * Math.abs(baselineValue);
  const test = rankShiftTest(runs.map((r) => r.map(scale.to)), cur.map(scale.to), o.alpha, tau0);
  const relativeChange = scale.relative(test.shift, baselineValue);
  const absoluteChange = scale.absolute(test.shift, baselineValue);
  const spread = 1.4826 * medianAbsoluteDeviation(pooled);
  const significant = test.pValue < o.alpha;
  return {
    verdict: decide(significant, relativeChange, absoluteChange, o),
    relativeChange,
    absoluteChange,
    pValue: test.pValue,
    interval: [scale.relative(test.lower, baselineValue), scale.relative(test.upper, baselineValue)],
    method: test.method,
    baselineValue,
    currentValue: baselineValue + absoluteChange,
    z: spread > 0 ? Math.abs(absoluteChange) / spread : 0,
  };
}

function exactVerdict(runs: number[][], cur: number[]): Draft & { exact: true } {
  const r = exactCompare(runs, cur);
  const differs = r.absoluteChange !== 0;
  return {
    ...r,
    verdict: 'unchanged',
    pValue: differs ? 0 : 1,
    interval: [r.relativeChange, r.relativeChange],
    method: 'exact',
    exact: true,
  };
}

/** Practical gates: a significant change is a regression only when it passes both floors. */
function decide(significant: boolean, rel: number, abs: number, o: Resolved): Comparison['verdict'] {
  if (!significant || Math.abs(rel) < o.minRelativeChange || Math.abs(abs) < o.minAbsoluteChange || abs === 0) return 'unchanged';
  const larger = abs > 0;
  const worse = o.direction === 'lower-is-better' ? larger : !larger;
  return worse ? 'regressed' : 'improved';
}

function finish(draft: Draft & { exact?: true }, o: Resolved): Comparison {
  const { exact, ...rest } = draft;
  const c: Comparison = { ...rest, severity: 'info' };
  if (exact) c.verdict = decide(c.pValue === 0, c.relativeChange, c.absoluteChange, o);
  if (c.verdict === 'regressed') c.severity = severityOf(c.relativeChange, c.z ?? 0, o.direction);
  return sanitize(c);
}

function inconclusive(method: Exclude<CompareMethod, 'auto'>, runs: number[][], cur: number[], reason: string): Comparison {
  const pooled = runs.flat().sort((a, b) => a - b);
  const b = pooled.length ? quantileSorted(pooled, 0.5) : 0;
  const c = cur.length ? quantileSorted(cur, 0.5) : 0;
  return sanitize({ verdict: 'inconclusive', relativeChange: 0, absoluteChange: 0, pValue: 1, interval: [0, 0], severity: 'info', method, baselineValue: b, currentValue: c, reason });
}

function pickMethod(o: Resolved, k: number, deterministic: boolean, nb: number, nc: number): Exclude<CompareMethod, 'auto'> {
  if (o.method !== 'auto') return o.method;
  if (deterministic && nb >= o.minSamples && nc >= o.minSamples) return 'exact';
  return k > 1 ? 'run-medians' : 'mann-whitney-hl';
}

/** Options with defaults; out-of-range numbers fall back to the default rather than producing NaN. */
export function resolveOptions(options: CompareOptions): Resolved {
  const d = DEFAULT_COMPARE_OPTIONS;
  const num = (v: number | undefined, def: number, ok: (x: number) => boolean): number => (v !== undefined && Number.isFinite(v) && ok(v) ? v : def);
  return {
    direction: options.direction === 'higher-is-better' ? 'higher-is-better' : d.direction,
    alpha: num(options.alpha, d.alpha, (x) => x > 0 && x < 1),
    minRelativeChange: num(options.minRelativeChange, d.minRelativeChange, (x) => x >= 0),
    minAbsoluteChange: num(options.minAbsoluteChange, d.minAbsoluteChange, (x) => x >= 0),
    minSamples: Math.max(1, Math.floor(num(options.minSamples, d.minSamples, (x) => x >= 1))),
    method: options.method ?? d.method,
    runToRunCv: num(options.runToRunCv, d.runToRunCv, (x) => x >= 0 && x < 10),
  };
}

/** Baseline as sorted runs of finite samples; a flat array is one run; empty runs are dropped. */
export function normalizeBaseline(baseline: readonly number[] | readonly (readonly number[])[]): number[][] {
  if (baseline.length === 0) return [];
  const runs = Array.isArray(baseline[0]) ? (baseline as readonly (readonly number[])[]) : [baseline as readonly number[]];
  return runs.map((r) => finiteSorted(Array.isArray(r) ? r : [])).filter((r) => r.length > 0);
}

/** Replace any non-finite number so consumers never see NaN or Infinity. */
function sanitize(c: Comparison): Comparison {
  const f = (v: number, fallback = 0): number => (Number.isFinite(v) ? v : Number.isNaN(v) ? fallback : Math.sign(v) * Number.MAX_VALUE);
  const rel = f(c.relativeChange);
  const out: Comparison = {
    ...c,
    relativeChange: rel,
    absoluteChange: f(c.absoluteChange),
    pValue: Number.isFinite(c.pValue) ? Math.min(1, Math.max(0, c.pValue)) : 1,
    interval: [f(c.interval[0], rel), f(c.interval[1], rel)],
    baselineValue: f(c.baselineValue),
    currentValue: f(c.currentValue),
  };
  if (c.z !== undefined) out.z = f(c.z);
  if (out.interval[0] > out.interval[1]) out.interval = [out.interval[1], out.interval[0]];
  return out;
}
