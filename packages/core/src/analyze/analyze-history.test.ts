import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/index.js';
import { FileHistoryStore } from '../history/file-history-store.js';
import { toHistoryRecord } from '../history/record.js';
import type { HistoryRecord } from '../history/record.js';
import { analyzeHistory } from './analyze-history.js';
import { runAnalysis } from './run-analysis.js';

const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;
const jitter = (i: number): number => ((i * 7919) % 13) - 6; // deterministic, ±6

function history(lcp: (i: number) => number, n = 30): HistoryRecord[] {
  return Array.from({ length: n }, (_, i) => toHistoryRecord({
    id: `run-${i}`, startedAt: new Date(T0 + i * HOUR).toISOString(), source: 'lab', git: { sha: `${i.toString(16).padStart(2, '0')}aaaaaaaa`, branch: 'main' },
    environment: { throttling: 'mobile' },
    measurements: [
      { route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: [0, 1, 2, 3, 4].map((k) => lcp(i) + jitter(i * 5 + k) * 5) },
      { route: '/', metric: 'INP', unit: 'ms', samples: [0, 1, 2, 3, 4].map((k) => 100 + jitter(i * 3 + k)) },
    ],
  }));
}

const config = parseConfig({ budgets: { routes: [{ match: '/campaigns/**', metrics: { LCP: { warn: 2600, error: 3000 } } }] } }, 'test');
const now = T0 + 30 * HOUR;

describe('analyzeHistory', () => {
  it('keeps runs of different environments apart: interleaved mobile and desktop runs are two flat series, not one that jumps', () => {
    const mixed = history((i) => (i % 2 === 0 ? 2000 : 1200)).map((r, i) => (i % 2 === 0 ? r : { ...r, environment: { throttling: 'desktop' } }));
    const lcp = analyzeHistory(mixed, config, { since: '7d', now }).series.filter((s) => s.metric === 'LCP');
    expect(lcp.map((s) => [s.env, s.runs, s.changePoints.length, s.trend])).toEqual([
      ['throttling=mobile', 15, 0, 'stable'],
      ['throttling=desktop', 15, 0, 'stable'],
    ]);
  });

  it('finds a 20% LCP step with the run and commits to bisect, and recommends it', () => {
    const a = analyzeHistory(history((i) => (i < 18 ? 2000 : 2400)), config, { since: '7d', now });
    const lcp = a.series.find((s) => s.metric === 'LCP')!;
    expect(lcp.changePoints).toHaveLength(1);
    expect(Math.abs(lcp.changePoints[0]!.index - 18)).toBeLessThanOrEqual(1);
    expect(lcp.changePoints[0]).toMatchObject({ adverse: true });
    expect(lcp.trend).toBe('worse');
    expect(lcp.budget?.status).toBe('ok');
    expect(a.healthy).toBe(false);
    expect(a.attention[0]!.metric).toBe('LCP');
    expect(lcp.anomaly).toBeUndefined(); // the latest run is at the new level, not an outlier
    expect(a.recommendations.join('\n')).toMatch(/LCP on \/campaigns\/\[id\] \(lab, throttling=mobile\) stepped \+(19|2\d)\.\d% at run 1[12]aaaaa .*bisect 1[01]aaaaa\.\.1[12]aaaaa/);
  });

  it('reports a flat history as healthy, and an empty window with a hint', () => {
    const a = analyzeHistory(history(() => 2000), config, { since: '7d', now });
    expect(a.healthy).toBe(true);
    expect(a.series.every((s) => s.changePoints.length === 0 && s.trend === 'stable')).toBe(true);
    expect(a.recommendations).toEqual(['All tracked metrics are stable and within budget in this window.']);
    const empty = analyzeHistory(history(() => 2000), config, { since: '24h', now: now + 30 * 24 * HOUR });
    expect(empty.runs).toBe(0);
    expect(empty.recommendations[0]).toMatch(/No runs in this window/);
  });

  it('flags an anomalous latest run and a broken budget', () => {
    const a = analyzeHistory(history((i) => (i === 29 ? 3500 : 2000)), config, { since: '24h', now });
    const lcp = a.series.find((s) => s.metric === 'LCP')!;
    expect(lcp.anomaly?.value).toBeGreaterThan(3400);
    expect(lcp.budget?.status).toBe('error');
    expect(a.recommendations.join('\n')).toMatch(/over its error budget[\s\S]*outlier/);
  });

  it('only uses runs inside the window', () => {
    expect(analyzeHistory(history(() => 2000), config, { since: '24h', now }).runs).toBe(24);
  });
});

describe('runAnalysis', () => {
  it('writes json/md/txt/html reports and updates the rolling baseline from the newest run', async () => {
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-analyze-'));
    const store = new FileHistoryStore({ dir: join(storageDir, 'history'), warn: () => {} });
    for (const r of history((i) => (i < 18 ? 2000 : 2400))) await store.appendRecord(r);
    const logs: string[] = [];
    const result = await runAnalysis({ config, storageDir, since: '7d', updateBaseline: true, now, log: (l) => logs.push(l) });
    expect(result.files.map((f) => f.slice(storageDir.length))).toEqual(['/reports/analysis-7d.json', '/reports/analysis-7d.md', '/reports/analysis-7d.txt', '/reports/analysis-7d.html']);
    expect(await readFile(join(storageDir, 'reports/analysis-7d.md'), 'utf8')).toMatch(/needs attention[\s\S]*\/campaigns\/\[id\]/);
    expect(await readFile(join(storageDir, 'reports/analysis-7d.html'), 'utf8')).toContain('change point before run');
    expect(result.baseline[0]).toMatchObject({ recorded: true, target: 'baseline' });
    expect(JSON.parse(await readFile(join(storageDir, 'baseline.json'), 'utf8'))).toBeTruthy();
    expect(logs.join('\n')).toMatch(/baseline updated from lab run run-29/);
  });
});
