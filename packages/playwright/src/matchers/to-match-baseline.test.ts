import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileBaselineStore, parseConfig } from '@perfgate/core';
import type { PerfResult } from '../collect/result.js';
import { mergeRuns } from '../collect/sample-set.js';
import { checkBaseline, isRecording, runOf } from './to-match-baseline.js';

const dir = mkdtempSync(join(tmpdir(), 'perfgate-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const one = (lcp: number, throttling = 'none'): PerfResult => ({
  route: '/',
  url: 'http://127.0.0.1/',
  throttling,
  browser: 'chromium 156',
  metrics: { LCP: { metric: 'LCP', unit: 'ms', status: 'measured', value: lcp, attribution: { target: 'img#hero' } } },
});
const set = (values: number[], throttling = 'none') => mergeRuns(values.map((v) => one(v, throttling)));

describe('checkBaseline', () => {
  const config = parseConfig({}, 'test');
  const base = [1000, 1010, 990, 1005, 995, 1002, 998, 1008];

  it('passes without a baseline and says how to record one', async () => {
    const c = await checkBaseline(set(base), config, dir);
    expect(c.pass).toBe(true);
    expect(c.text).toContain('PERFGATE_UPDATE_BASELINE=1');
  });

  it('passes an unchanged run and fails a 50% slower one with interval and attribution', async () => {
    const store = new FileBaselineStore({ dir: join(dir, '.perfgate'), keepRuns: 5 });
    await store.record(runOf(set(base)), { force: true });
    expect((await checkBaseline(set(base.map((v) => v + 3)), config, dir)).pass).toBe(true);
    const slow = await checkBaseline(set(base.map((v) => v * 1.5)), config, dir);
    expect(slow.pass).toBe(false);
    expect((await checkBaseline(set(base.map((v) => v * 1.5)), config, dir, { recording: true })).pass).toBe(true);
    expect(slow.text).toMatch(/LCP\s+1,5\d\d ms \(n=8\)\s+1,00\d ms\s+\+50\.\d%\s+\[.*\]\s+[\d.]+\s+regressed \(\w+\)\s+target=img#hero/);
  });

  it('fails an inconclusive single collect() with the fix, unless allowed', async () => {
    const c = await checkBaseline(one(1800), config, dir);
    expect(c.pass).toBe(false);
    expect(c.inconclusive).toEqual(['LCP']);
    expect(c.text).toMatch(/LCP\s+1,800 ms \(n=1\)\s+1,00\d ms\s+—\s+—\s+inconclusive/);
    expect(c.text).toContain('FAIL: 1 comparison is inconclusive (LCP): 1 sample (one perf.collect()); use perf.sample(url | flow, { runs: 5 }) or set runs in use.perfOptions');
    const allowed = await checkBaseline(one(1800), config, dir, { allowInconclusive: true });
    expect(allowed.pass).toBe(true);
    expect(allowed.notes[0]).toMatch(/^toMatchBaseline \/: inconclusive, not checked \(LCP\)/);
    // While the baseline is recorded nothing fails; the note says what would have.
    const recording = await checkBaseline(one(1800), config, dir, { recording: true });
    expect(recording.pass).toBe(true);
    expect(recording.notes.at(-1)).toBe('toMatchBaseline /: not failing while the baseline is recorded (PERFGATE_UPDATE_BASELINE) — inconclusive: LCP');
    expect(isRecording('1') && isRecording('force') && !isRecording('') && !isRecording(undefined) && !isRecording('0')).toBe(true);
    // A small sample set says how many runs it had.
    expect((await checkBaseline(set([1000, 1001]), config, dir)).text).toContain('this sample set has 2 samples; use perf.sample(..., { runs: 5 })');
  });

  it("keys the baseline with the reporter's app (monorepos)", async () => {
    const store = new FileBaselineStore({ dir: join(dir, '.perfgate'), keepRuns: 5 });
    await store.record(runOf(set(base.map((v) => v * 2)), 'admin'), { force: true });
    // The same samples pass against app "admin" (its own baseline) and regress against the app-less one.
    expect((await checkBaseline(set(base.map((v) => v * 2)), config, dir, { app: 'admin' })).pass).toBe(true);
    const c = await checkBaseline(set(base.map((v) => v * 2)), config, dir, { app: 'admin' });
    expect(c.text).toContain('[app=admin,browser=chromium,throttling=none]');
    expect((await checkBaseline(set(base.map((v) => v * 2)), config, dir)).pass).toBe(false);
    expect((await checkBaseline(set(base), config, dir, { app: 'other' })).withoutBaseline).toEqual(['LCP']);
  });

  it('never compares samples taken under another throttling preset', async () => {
    const c = await checkBaseline(set(base.map((v) => v * 3), 'mobile'), config, dir);
    expect(c.pass).toBe(true);
    expect(c.comparisons).toEqual([]);
  });
});
