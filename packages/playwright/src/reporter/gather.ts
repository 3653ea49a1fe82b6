/**
 * Turns the perfgate attachments of finished tests into core Runs: one per environment (browser ×
 * throttling), measurements per route × metric with the samples of every test in a stable order
 * (test title path, then collection order), so sharded + merged runs equal unsharded ones.
 */
import type { Measurement, Run } from '@perfgate/core';
import type { MetricResult, PerfResult } from '../collect/result.js';

/** The results one test attached. */
export interface TestResults {
  /** Stable order key: file, title path, project. */
  order: string;
  results: PerfResult[];
}

/** A metric that was missing in some collections. */
export interface MissingNote {
  route: string;
  metric: string;
  /** How many collections missed it, of how many that tried. */
  missing: number;
  of: number;
  reason: string;
  env: string;
}

/** Runs and missing-metric notes. */
export interface Gathered {
  runs: Array<{ env: string; run: Run }>;
  missing: MissingNote[];
  tests: number;
  collections: number;
}

/** Options of {@link gatherRuns}. */
export interface GatherOptions {
  /** Run id prefix and start time (ISO 8601). */
  startedAt: string;
  /** App name for monorepos (prefixed to baseline keys by core). */
  app?: string;
  git?: Run['git'];
  machine?: string;
}

const envName = (r: PerfResult): string => `${r.browser.split(' ')[0] ?? r.browser}|${r.throttling}`;

/** Gathers runs from every test's results. */
export function gatherRuns(tests: TestResults[], options: GatherOptions): Gathered {
  const sorted = [...tests].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const byEnv = new Map<string, { browser: string; throttling: string; series: Map<string, { m: Measurement; worst: number }> }>();
  const missing = new Map<string, MissingNote>();
  let collections = 0;
  for (const t of sorted) {
    for (const r of t.results) {
      collections++;
      const env = envName(r);
      let group = byEnv.get(env);
      if (!group) {
        group = { browser: r.browser, throttling: r.throttling, series: new Map() };
        byEnv.set(env, group);
      }
      for (const m of Object.values(r.metrics) as MetricResult[]) {
        const key = `${r.route}\u0000${m.metric}`;
        if (m.status !== 'measured' || m.value === null) {
          const note = missing.get(`${env}\u0000${key}`) ?? { route: r.route, metric: m.metric, missing: 0, of: 0, reason: m.reason ?? 'not measured', env: `throttling=${r.throttling}` };
          note.missing++;
          missing.set(`${env}\u0000${key}`, note);
          continue;
        }
        const s = group.series.get(key);
        if (!s) {
          group.series.set(key, {
            m: { route: r.route, metric: m.metric as Measurement['metric'], unit: m.unit, samples: [m.value], ...(m.attribution ? { attribution: m.attribution } : {}) },
            worst: m.value,
          });
        } else {
          s.m.samples.push(m.value);
          // Keep the attribution of the worst sample: that is the one a regression needs explained.
          if (m.value > s.worst && m.attribution) {
            s.m.attribution = m.attribution;
            s.worst = m.value;
          }
        }
      }
    }
  }
  // "of": every collection of that route in that env tried every metric it reported.
  for (const [k, note] of missing) {
    const env = k.split('\u0000')[0]!;
    const group = byEnv.get(env);
    const measuredCount = group?.series.get(`${note.route}\u0000${note.metric}`)?.m.samples.length ?? 0;
    note.of = note.missing + measuredCount;
  }
  const runs = [...byEnv.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([env, g]) => {
      const measurements = [...g.series.values()]
        .map((s) => s.m)
        .sort((a, b) => a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric));
      const run: Run = {
        id: `playwright-${options.startedAt}-${g.throttling}`,
        startedAt: options.startedAt,
        source: 'lab',
        ...(options.git ? { git: options.git } : {}),
        environment: {
          browser: g.browser,
          throttling: g.throttling,
          ...(options.machine ? { machine: options.machine } : {}),
          ...(options.app ? { app: options.app } : {}),
        },
        measurements,
      };
      return { env, run };
    });
  return {
    runs,
    missing: [...missing.values()].sort((a, b) => a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric)),
    tests: tests.length,
    collections,
  };
}
