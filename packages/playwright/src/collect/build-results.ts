/**
 * Turns a {@link PageSnapshot} plus CDP readings into metric results: the six vitals, heap, transfer,
 * and the custom metrics that were asked for (User Timing measures, API response times, heap growth).
 */
import type { MetricUnit } from '@perfgate/core';
import type { PageSnapshot, ResourceInfo } from './page-snapshot.js';
import { measured, missing, type MetricResult } from './result.js';
import { totalBlockingTime } from './tbt.js';
import { INPUT_SETTLE_CAP_MS } from '../inject/page-collector.js';

/** Inputs besides the snapshot. */
export interface BuildInput {
  snapshot: PageSnapshot;
  /** `JSHeapUsedSize` from CDP `Performance.getMetrics` (bytes), or why it could not be read. */
  heap: { value: number } | { reason: string };
  /** Heap growth since `perf.markHeap()` (bytes), when a mark exists. */
  heapGrowth?: { value: number; mark: number } | { reason: string };
  /** API patterns: metric name → URL substring or RegExp. */
  api: Record<string, string | RegExp>;
  /** User Timing measure names that must be present (others found are reported too). */
  measures: string[];
  /** Settle timeout used (ms), for reasons. */
  settleTimeoutMs: number;
}

const VITAL_UNITS: Record<string, MetricUnit> = { LCP: 'ms', FCP: 'ms', CLS: 'unitless', INP: 'ms', TTFB: 'ms' };

function vitalResults(input: BuildInput): MetricResult[] {
  const { snapshot, settleTimeoutMs } = input;
  const state = snapshot.state;
  return Object.entries(VITAL_UNITS).map(([name, unit]) => {
    if (!state) return missing(name, unit, `the perfgate init script did not run on ${snapshot.url} (was the page opened before the perf fixture, or is it not an HTML page?)`);
    if (state.installError) return missing(name, unit, `web-vitals could not be set up: ${state.installError}`);
    const v = state.vitals[name];
    if (name === 'INP' && state.pendingInputs > 0) {
      // web-vitals' INP would leave out the slowest interaction: an underestimate, not a measurement.
      return missing(name, unit, `${state.pendingInputs} slow input(s) (next frame ≥ 24 ms after the input) had no Event Timing entry processed by web-vitals within ${settleTimeoutMs} ms; INP${v ? ` (${Math.round(v.value)} ms so far)` : ''} would leave them out. Fix: raise perfOptions.settleTimeoutMs, or let the page paint after the input`);
    }
    if (name === 'INP' && v && state.inputFramesPending) {
      // The latest input's frame may not be presented yet: its entry (presentation delay) could still come.
      return missing(name, unit, `the frame after the latest input had not been presented within ${settleTimeoutMs} ms (frames were slow or not running); INP (${Math.round(v.value)} ms so far) could leave out that input's presentation delay. Fix: raise perfOptions.settleTimeoutMs (perfgate waits at most ${INPUT_SETTLE_CAP_MS} ms after an input)`);
    }
    if (name === 'INP' && v && state.unprocessedEntries > 0) {
      return missing(name, unit, `${state.unprocessedEntries} batch(es) of Event Timing entries had not been processed by web-vitals within ${settleTimeoutMs} ms (no idle period: the page kept the main thread busy); INP (${Math.round(v.value)} ms so far) could leave them out. Fix: raise perfOptions.settleTimeoutMs`);
    }
    if (v) return measured(name, unit, v.value, { rating: v.rating, attribution: v.attribution });
    if (name === 'INP') {
      if (state.interactions === 0 && state.inputs === 0) return missing(name, unit, 'no interaction (click, tap or key press) happened on this page; INP needs at least one');
      return missing(name, unit, `${state.inputs} trusted input(s) and ${state.interactions} Event Timing interaction(s) seen, but web-vitals reported no INP within ${settleTimeoutMs} ms`);
    }
    if (name !== 'TTFB' && !state.vitals.FCP) return missing(name, unit, 'the page has not painted any content yet (no first-contentful-paint)');
    return missing(name, unit, `web-vitals reported no ${name} within ${settleTimeoutMs} ms`);
  });
}

function tbtResult(snapshot: PageSnapshot): MetricResult {
  const state = snapshot.state;
  if (!state) return missing('TBT', 'ms', `the perfgate init script did not run on ${snapshot.url}`);
  // Without Long Tasks, 0 would claim "no blocking" when nothing could be seen.
  if (state.longTaskUnsupported) return missing('TBT', 'ms', `long tasks cannot be observed: ${state.longTaskUnsupported}`);
  const fcp = state.vitals.FCP?.value;
  if (fcp === undefined) return missing('TBT', 'ms', 'no FCP: TBT counts long tasks after first contentful paint');
  const { value, worst } = totalBlockingTime(state.longTasks, fcp);
  return measured('TBT', 'ms', value, { attribution: { method: 'lab: long tasks from FCP until collect() (a task straddling FCP counts from FCP)', longestTasks: worst } });
}

function transferResult(snapshot: PageSnapshot): MetricResult {
  const total = snapshot.navigationTransfer + snapshot.resources.reduce((s, r) => s + r.transferSize, 0);
  const largest = [...snapshot.resources]
    .sort((a, b) => b.transferSize - a.transferSize)
    .slice(0, 5)
    .map((r) => ({ url: r.name, bytes: r.transferSize }));
  if (snapshot.state?.resourceBufferFull) {
    return missing('transfer', 'bytes', `the resource timing buffer filled up after ${snapshot.resources.length} entries; later resources were dropped, so the total would be too low`);
  }
  return measured('transfer', 'bytes', total, { attribution: { document: snapshot.navigationTransfer, resources: snapshot.resources.length, largest } });
}

function apiResults(resources: ResourceInfo[], api: Record<string, string | RegExp>, bufferFull: boolean): MetricResult[] {
  return Object.entries(api).map(([name, pattern]) => {
    const id = `custom:api:${name}`;
    const hits = resources.filter(
      (r) => (r.initiatorType === 'fetch' || r.initiatorType === 'xmlhttprequest') && (typeof pattern === 'string' ? r.name.includes(pattern) : pattern.test(r.name)),
    );
    if (hits.length === 0) {
      return missing(id, 'ms', `no fetch/XHR request matched ${String(pattern)} on this page${bufferFull ? ' (the resource timing buffer filled up; later requests were dropped)' : ''}`);
    }
    const slowest = hits.reduce((a, b) => (b.duration > a.duration ? b : a));
    return measured(id, 'ms', slowest.duration, { attribution: { url: slowest.name, requests: hits.length, durations: hits.map((h) => h.duration) } });
  });
}

function measureResults(measures: PageSnapshot['measures'], required: string[]): MetricResult[] {
  const byName = new Map<string, PageSnapshot['measures']>();
  for (const m of measures) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  const out: MetricResult[] = [];
  for (const [name, list] of byName) {
    const last = list[list.length - 1]!;
    out.push(measured(`custom:${name}`, 'ms', last.duration, { attribution: { count: list.length, startTime: last.startTime } }));
  }
  for (const name of required) {
    if (!byName.has(name)) out.push(missing(`custom:${name}`, 'ms', `no performance.measure('${name}') on this page`));
  }
  return out;
}

/** All metric results, keyed by metric id. */
export function buildResults(input: BuildInput): Record<string, MetricResult> {
  const { snapshot } = input;
  const list: MetricResult[] = [
    ...vitalResults(input),
    tbtResult(snapshot),
    'value' in input.heap
      ? measured('heap', 'bytes', input.heap.value, { attribution: { source: 'CDP Performance.getMetrics JSHeapUsedSize' } })
      : missing('heap', 'bytes', input.heap.reason),
    transferResult(snapshot),
    ...measureResults(snapshot.measures, input.measures),
    ...apiResults(snapshot.resources, input.api, snapshot.state?.resourceBufferFull === true),
  ];
  if (input.heapGrowth) {
    list.push(
      'value' in input.heapGrowth
        ? measured('custom:heap-growth', 'bytes', input.heapGrowth.value, { attribution: { markBytes: input.heapGrowth.mark, note: 'after forced GC' } })
        : missing('custom:heap-growth', 'bytes', input.heapGrowth.reason),
    );
  }
  return Object.fromEntries(list.map((m) => [m.metric, m]));
}
