import { describe, expect, it } from 'vitest';
import { WindowAggregator } from './window-aggregator.js';
import { windowToRun } from './window-run.js';

const make = (t: { now: number }, over: Partial<ConstructorParameters<typeof WindowAggregator>[0]> = {}) =>
  new WindowAggregator({ windowMs: 60_000, maxSeries: 100, maxSamples: 100, now: () => t.now, random: () => 0.5, ...over });

describe('WindowAggregator', () => {
  it('aggregates per route × metric and closes clock-aligned windows', () => {
    const t = { now: 120_000 + 5 };
    const agg = make(t);
    for (const v of [1000, 2000, 3000, 5000]) agg.add({ v: 1, r: '/a', m: [['LCP', v], ['CLS', 0.3]] });
    agg.add({ v: 1, r: '/b', m: [['LCP', 900]] });
    expect(agg.rollOver()).toEqual([]);
    t.now = 180_000;
    const closed = agg.add({ v: 1, r: '/a', m: [['LCP', 100]] });
    expect(closed).toHaveLength(1);
    const w = closed[0]!;
    expect([w.start, w.end]).toEqual([120_000, 180_000]);
    const lcpA = w.series.find((s) => s.route === '/a' && s.metric === 'LCP')!;
    expect(lcpA).toMatchObject({ count: 4, good: 2, needsImprovement: 1, poor: 1, samples: [1000, 2000, 3000, 5000] });

    const run = windowToRun(w, { app: 'demo' });
    expect(run.source).toBe('field');
    expect(run.startedAt).toBe('1970-01-01T00:02:00.000Z');
    expect(run.environment).toEqual({ app: 'demo' });
    const m = run.measurements.find((x) => x.route === '/a' && x.metric === 'LCP')!;
    expect(m.unit).toBe('ms');
    expect(m.attribution?.field).toMatchObject({ count: 4, p75: 3500, good: 0.5, needsImprovement: 0.25, poor: 0.25, windowMs: 60_000 });
    const cls = run.measurements.find((x) => x.metric === 'CLS')!;
    expect(cls.unit).toBe('unitless');
    expect(cls.attribution?.field).toMatchObject({ count: 4, poor: 1 });
  });
  it('stays bounded: extra series are dropped and counted, samples are a reservoir', () => {
    const t = { now: 0 };
    const agg = make(t, { maxSeries: 3, maxSamples: 10 });
    for (let i = 0; i < 1_000; i++) agg.add({ v: 1, r: `/r${i % 50}`, m: [['TTFB', i]] });
    expect(agg.seriesCount).toBe(3);
    const [w] = agg.close();
    expect(w!.dropped).toBe(1_000 - 3 * 20);
    for (const s of w!.series) {
      expect(s.count).toBe(20);
      expect(s.samples.length).toBe(10);
    }
  });
  it('keeps the most frequent attribution targets, at most ten', () => {
    const t = { now: 0 };
    const agg = make(t);
    for (let i = 0; i < 30; i++) agg.add({ v: 1, r: '/', m: [['LCP', 5000, `img.t${i}`]] });
    for (let i = 0; i < 5; i++) agg.add({ v: 1, r: '/', m: [['LCP', 5000, 'img.t3']] });
    const run = windowToRun(agg.close()[0]!);
    const targets = run.measurements[0]!.attribution!.targets as Array<{ target: string; count: number }>;
    expect(targets).toHaveLength(10);
    expect(targets[0]).toEqual({ target: 'img.t3', count: 6 });
  });
});
