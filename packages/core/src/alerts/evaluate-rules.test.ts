import { describe, expect, it } from 'vitest';
import { parseAlertsConfig } from './config.js';
import { evaluateRules } from './evaluate-rules.js';
import { robustZ } from './robust-z.js';
import { toHistoryRecord } from '../history/record.js';
import type { HistoryRecord } from '../history/record.js';

/** A history of single-sample runs of one route × metric (tests only). */
function historyOf(values: number[], metric: 'LCP' | 'heap' = 'LCP', route = '/', startMs = Date.UTC(2026, 10, 1)): HistoryRecord[] {
  return values.map((v, i) =>
    toHistoryRecord({
      id: `r${i}`,
      startedAt: new Date(startMs + i * 60_000).toISOString(),
      source: 'lab',
      environment: {},
      measurements: [{ route, metric, unit: metric === 'heap' ? 'bytes' : 'ms', samples: [v] }],
    }),
  );
}


const rules = (raw: unknown) => parseAlertsConfig({ rules: [raw] }).rules;

describe('evaluateRules', () => {
  it('greater_than fires on the window median above the threshold, and not with too few samples', () => {
    const r = rules({ name: 'slow-lcp', metric: 'LCP', condition: 'greater_than', threshold: 2500, window: 3, minSamples: 3 });
    expect(evaluateRules(historyOf([1000, 2600, 2700, 2800]), r)[0]).toMatchObject({ status: 'firing', value: 2700, route: '/', fingerprint: 'slow-lcp|/|LCP' });
    expect(evaluateRules(historyOf([1000, 1000, 2700, 2800]), r)[0]).toMatchObject({ status: 'firing' });
    expect(evaluateRules(historyOf([1000, 1000, 1000, 2800]), r)[0]).toMatchObject({ status: 'ok', value: 1000 });
    expect(evaluateRules(historyOf([2800, 2900]), r)).toEqual([]);
  });

  it('less_than uses the chosen aggregate', () => {
    const r = rules({ name: 'low', metric: 'LCP', condition: 'less_than', threshold: 100, aggregate: 'min', minSamples: 2 });
    expect(evaluateRules(historyOf([500, 50, 600]), r)[0]!.status).toBe('firing');
    expect(evaluateRules(historyOf([500, 150, 600]), r)[0]!.status).toBe('ok');
  });

  it('continuous_increase fires on steady memory growth over the window only', () => {
    const r = rules({ name: 'leak', metric: 'heap', condition: 'continuous_increase', window: 4, minSamples: 4, threshold: 0.1 });
    const mb = 1024 * 1024;
    expect(evaluateRules(historyOf([50, 40, 42, 45, 48].map((x) => x * mb), 'heap'), r)[0]).toMatchObject({ status: 'firing' });
    expect(evaluateRules(historyOf([40, 42, 41, 48].map((x) => x * mb), 'heap'), r)[0]!.status).toBe('ok');
    expect(evaluateRules(historyOf([40, 40.5, 41, 41.5].map((x) => x * mb), 'heap'), r)[0]!.status).toBe('ok'); // < 10% overall
  });

  it('anomaly flags a spike against the history (robust to one earlier outlier) and ignores improvements', () => {
    const r = rules({ name: 'lcp-anomaly', metric: 'LCP', condition: 'anomaly', minSamples: 5 });
    const base = [1000, 1020, 990, 1010, 5000, 1005, 995, 1015];
    expect(evaluateRules(historyOf([...base, 1600]), r)[0]).toMatchObject({ status: 'firing' });
    expect(evaluateRules(historyOf([...base, 1030]), r)[0]!.status).toBe('ok');
    expect(evaluateRules(historyOf([...base, 400]), r)[0]!.status).toBe('ok');
  });

  it('matches routes by glob and evaluates each route separately', () => {
    const r = rules({ name: 'x', metric: 'LCP', condition: 'greater_than', threshold: 10, route: '/campaigns/**', minSamples: 1 });
    const records = [...historyOf([20], 'LCP', '/campaigns/[id]'), ...historyOf([20], 'LCP', '/')];
    expect(evaluateRules(records, r).map((e) => e.route)).toEqual(['/campaigns/[id]']);
  });

  it('duration windows only use recent runs', () => {
    const r = rules({ name: 'x', metric: 'LCP', condition: 'greater_than', threshold: 10, window: '90s', minSamples: 1, aggregate: 'max' });
    const records = historyOf([100, 1, 1]);
    const now = Date.parse(records[2]!.startedAt);
    expect(evaluateRules(records, r, now)[0]).toMatchObject({ status: 'ok', samples: 2 });
  });
});

describe('robustZ', () => {
  it('scales the MAD to sigma and handles a zero MAD', () => {
    expect(robustZ(4, [1, 2, 3, 4, 5]).z).toBeCloseTo(1 / 1.4826, 4);
    expect(robustZ(100, [50, 50, 50, 50], 10).z).toBe(Infinity);
    expect(robustZ(55, [50, 50, 50, 50], 10).z).toBe(0);
  });
});

describe('parseAlertsConfig', () => {
  it('rejects a greater_than without threshold and an unknown channel, naming the key', () => {
    expect(() => parseAlertsConfig({ rules: [{ name: 'a', metric: 'LCP', condition: 'greater_than', channels: ['ops'] }] }, 'perfgate.config.ts'))
      .toThrow(/perfgate\.config\.ts[\s\S]*alerts\.rules\[0\]\.threshold[\s\S]*alerts\.rules\[0\]\.channels\[0\]: found "ops"/);
  });
  it('requires webhook URLs to come from an environment variable', () => {
    expect(() => parseAlertsConfig({ channels: { slack: { type: 'webhook', url: 'https://hooks.slack.com/x' } } })).toThrow(/alerts\.channels\.slack/);
  });
});
