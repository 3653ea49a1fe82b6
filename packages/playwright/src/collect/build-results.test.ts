import { describe, expect, it } from 'vitest';
import type { PageCollectorState } from '../inject/page-collector.js';
import { buildResults } from './build-results.js';
import type { PageSnapshot } from './page-snapshot.js';

const vital = (name: string, value: number) => ({ name, value, rating: 'good', reports: 1, navigationType: 'navigate', attribution: {} });
const snapshot = (state: Partial<PageCollectorState>): PageSnapshot => ({
  url: 'http://127.0.0.1/p',
  state: { vitals: { FCP: vital('FCP', 100) }, longTasks: [], interactions: 0, inputs: 0, pendingInputs: 0, inputFramesPending: false, unprocessedEntries: 0, renderPending: false, ...state },
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
  it('reports INP missing, not the faster value so far, while a slow input has not reached web-vitals', () => {
    const r = build(snapshot({ inputs: 2, interactions: 1, pendingInputs: 1, vitals: { FCP: vital('FCP', 100), INP: vital('INP', 8) } }));
    expect(r.INP).toMatchObject({ status: 'missing', value: null, reason: expect.stringContaining('1 slow input(s)') });
    expect(r.INP!.reason).toContain('(8 ms so far)');
    expect(r.INP!.reason).toContain('settleTimeoutMs');
  });
  it('reports INP missing, not the value so far, while the latest input\'s frame has not been presented', () => {
    const r = build(snapshot({ inputs: 1, interactions: 1, inputFramesPending: true, vitals: { FCP: vital('FCP', 100), INP: vital('INP', 16) } }));
    expect(r.INP).toMatchObject({ status: 'missing', value: null, reason: expect.stringContaining('had not been presented') });
    expect(r.INP!.reason).toContain('(16 ms so far)');
  });
  it('reports INP missing while delivered Event Timing entries wait for web-vitals\' idle-time processing', () => {
    const r = build(snapshot({ inputs: 1, interactions: 1, unprocessedEntries: 1, vitals: { FCP: vital('FCP', 100), INP: vital('INP', 8) } }));
    expect(r.INP).toMatchObject({ status: 'missing', value: null, reason: expect.stringContaining('not been processed by web-vitals') });
  });
  it('measures INP once no slow input is pending', () => {
    const r = build(snapshot({ inputs: 2, interactions: 2, vitals: { FCP: vital('FCP', 100), INP: vital('INP', 160) } }));
    expect(r.INP).toMatchObject({ status: 'measured', value: 160 });
  });
});
