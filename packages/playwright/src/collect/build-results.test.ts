import { describe, expect, it } from 'vitest';
import type { PageCollectorState } from '../inject/page-collector.js';
import { buildResults } from './build-results.js';
import type { PageSnapshot } from './page-snapshot.js';

const vital = (name: string, value: number) => ({ name, value, rating: 'good', reports: 1, navigationType: 'navigate', attribution: {} });
const snapshot = (state: Partial<PageCollectorState>): PageSnapshot => ({
  url: 'http://127.0.0.1/p',
  state: { vitals: { FCP: vital('FCP', 100) }, longTasks: [], interactions: 0, inputs: 0, ...state },
  navigationTransfer: 1000,
  resources: [],
  measures: [],
  settledMs: 0,
  complete: true,
});
const build = (s: PageSnapshot) => buildResults({ snapshot: s, heap: { value: 1 }, api: {}, measures: [], settleTimeoutMs: 3000 });

describe('buildResults', () => {
  it('reports TBT missing with the reason when long tasks cannot be observed, never 0', () => {
    const r = build(snapshot({ longTaskUnsupported: 'this browser does not support Long Tasks' }));
    expect(r.TBT).toMatchObject({ status: 'missing', value: null, reason: 'long tasks cannot be observed: this browser does not support Long Tasks' });
  });
  it('measures TBT 0 when long tasks are observable and none happened', () => {
    expect(build(snapshot({})).TBT).toMatchObject({ status: 'measured', value: 0 });
  });
  it('counts a long task straddling FCP from FCP on', () => {
    expect(build(snapshot({ longTasks: [{ start: 0, duration: 300 }] })).TBT!.value).toBe(150);
  });
  it('reports transfer missing when the resource timing buffer overflowed', () => {
    expect(build(snapshot({ resourceBufferFull: true })).transfer).toMatchObject({ status: 'missing', reason: expect.stringContaining('resource timing buffer filled up') });
  });
});
