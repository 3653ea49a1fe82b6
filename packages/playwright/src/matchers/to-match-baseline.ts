/**
 * `await expect(result).toMatchBaseline()`: compares each measured metric with the committed
 * baseline (`.perfgate/baseline.json`, same route × metric × browser × throttling) using core's
 * `compareMany` (Holm-corrected). Metrics without a baseline pass as "no baseline yet".
 */
import {
  baselineKeyOf,
  compareMany,
  compareOptionsFor,
  FileBaselineStore,
  type Comparison,
  type PerfgateConfig,
  type Run,
} from '@perfgate/core';
import { resolve } from 'node:path';
import type { PerfResult } from '../collect/result.js';
import type { PerfSampleSet } from '../collect/sample-set.js';
import { activeConfig } from './config-registry.js';
import { attributionLine, formatValue, table } from './format.js';
import { isPerfResult, toMeasurements } from './to-measurements.js';

/** Outcome of a baseline check. */
export interface BaselineCheck {
  pass: boolean;
  text: string;
  comparisons: Array<{ metric: string; comparison: Comparison }>;
}

/** A lab Run for one result (environment as the reporter records it). */
export function runOf(result: PerfResult | PerfSampleSet): Run {
  return {
    id: 'matcher',
    startedAt: new Date().toISOString(),
    source: 'lab',
    environment: { browser: result.browser, throttling: result.throttling },
    measurements: toMeasurements(result).measurements,
  };
}

/** Compares a result with the baseline in `storageDir`. */
export async function checkBaseline(result: PerfResult | PerfSampleSet, config: PerfgateConfig, rootDir: string): Promise<BaselineCheck> {
  const store = new FileBaselineStore({ dir: resolve(rootDir, config.storageDir), keepRuns: config.baseline.keepRuns });
  await store.read();
  const run = runOf(result);
  const items = run.measurements.flatMap((m) => {
    const baseline = store.samplesFor(baselineKeyOf(run, m));
    if (baseline.length === 0) return [];
    return [{ key: m.metric, baseline, current: m.samples, options: compareOptionsFor(m.metric, config) }];
  });
  const compared = compareMany(items, { alpha: config.regression.alpha, correction: config.regression.correction });
  const rows: string[][] = [];
  let regressed = false;
  for (const { key, comparison: c } of compared) {
    const m = run.measurements.find((x) => x.metric === key)!;
    if (c.verdict === 'regressed') regressed = true;
    const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
    rows.push([
      key,
      formatValue(c.currentValue, m.unit),
      formatValue(c.baselineValue, m.unit),
      `${pct(c.relativeChange)} [${pct(c.interval[0])}, ${pct(c.interval[1])}]`,
      c.pValue.toFixed(4),
      c.verdict + (c.verdict === 'regressed' ? ` (${c.severity})` : ''),
      c.verdict === 'regressed' ? attributionLine(m.attribution) : c.reason ?? '',
    ]);
  }
  const without = run.measurements.filter((m) => !compared.some((c) => c.key === m.metric)).map((m) => m.metric);
  const head = `route ${result.route} vs baseline ${store.file} [${baselineKeyOf(run, { route: result.route, metric: 'LCP' }).env}]`;
  const body = rows.length ? table(['metric', 'current', 'baseline', 'change [CI]', 'p', 'verdict', 'attribution / reason'], rows) : 'no metric has a baseline yet';
  const tail = without.length ? `\nno baseline yet (run with PERFGATE_UPDATE_BASELINE=1 to record): ${without.join(', ')}` : '';
  return { pass: !regressed, text: `${head}\n${body}${tail}`, comparisons: compared.map((c) => ({ metric: c.key, comparison: c.comparison })) };
}

/** The matcher function for `expect.extend` (async). */
export async function toMatchBaseline(this: { isNot: boolean }, received: unknown) {
  if (!isPerfResult(received)) {
    return { pass: false, name: 'toMatchBaseline', message: () => 'toMatchBaseline: expected the result of perf.collect() or perf.sample(), got ' + typeof received };
  }
  const active = activeConfig();
  if (!active) {
    return {
      pass: false,
      name: 'toMatchBaseline',
      message: () => 'toMatchBaseline: no perfgate config loaded. Fix: import { test, expect } from "@perfgate/playwright" and use the perf fixture in this test.',
    };
  }
  const check = await checkBaseline(received, active.config, active.rootDir);
  return { pass: check.pass, name: 'toMatchBaseline', message: () => `expect(result)${this.isNot ? '.not' : ''}.toMatchBaseline()\n\n${check.text}` };
}
