import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../model.js';
import { renderHtml } from './render-html.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { seriesKey, trendSeries } from './trend-series.js';
import { toHistoryRecord } from '../../history/record.js';

const hostile = '<img src=x onerror=alert(1)>';
const run = (i: number, v: number) => ({
  id: `r${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), source: 'lab' as const,
  environment: {}, measurements: [{ route: hostile, metric: 'LCP' as const, unit: 'ms' as const, samples: [v] }],
});
const report = (): RunReport => ({
  timestamp: '2026-11-02T00:00:00.000Z', run: run(5, 1500),
  verdicts: [{ route: hostile, metric: 'LCP', unit: 'ms', budget: { status: 'warn', limit: 1400, actual: 1500 } }],
  hasRegressions: false, hasBudgetErrors: false, severity: 'info', regressions: [], recommendations: ['Check </script><script>alert(2)</script>'],
});

describe('renderHtml', () => {
  it('escapes every run string in markup and data, and inlines the chart library', () => {
    const history = [0, 1, 2, 3, 4].map((i) => toHistoryRecord(run(i, 1000 + i)));
    const html = renderHtml(report(), { history, changePoints: new Map([[seriesKey(hostile, 'LCP'), [{ index: 5, relativeChange: 0.45 }]]]) });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Check &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toMatch(/uPlot/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(html).toContain('change point before run');
    expect(html).toContain('+45.0%');
  });

  it('charts at most maxCharts series, regressions first, runs change points only for those, and says how many are left', () => {
    const routes = ['/a', '/b', '/c', '/d'];
    const multi = (i: number) => ({
      id: `m${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), source: 'lab' as const, environment: {},
      measurements: routes.map((route) => ({ route, metric: 'LCP' as const, unit: 'ms' as const, samples: [1000 + i] })),
    });
    const history = [0, 1, 2].map((i) => toHistoryRecord(multi(i)));
    const r: RunReport = {
      ...report(), run: multi(3),
      verdicts: routes.map((route) => ({ route, metric: 'LCP' as const, unit: 'ms' as const, ...(route === '/d' ? { budget: { status: 'error' as const, limit: 900, actual: 1003 } } : {}) })),
    };
    let searched = 0;
    const html = renderHtml(r, { history, maxCharts: 2, changePoints: () => (searched++, []) });
    const data = JSON.parse(/<script type="application\/json" id="perfgate-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as { charts: unknown[] };
    expect(data.charts).toHaveLength(2);
    expect(searched).toBe(2);
    expect(html).toMatch(/<div class="card" id="chart-0"><h3><span class="route">\/d<\/span>/);
    expect(html).toContain('2 more series with history are not charted');
  });

  it('shows an inconclusive comparison as n/a with its reason, not +0.0%', () => {
    const r: RunReport = {
      ...report(),
      verdicts: [{
        route: '/', metric: 'TTFB', unit: 'ms',
        comparison: { verdict: 'inconclusive', relativeChange: 0, absoluteChange: 0, pValue: 1, interval: [0, 0], severity: 'info', method: 'mann-whitney-hl', baselineValue: 111, currentValue: 2033, reason: 'fewer than 5 samples (baseline 3, current 2)' },
      }],
    };
    const html = renderHtml(r);
    expect(html).toMatch(/<td class="num">n\/a \(fewer than 5 samples\)<\/td><\/tr>/);
    expect(html).not.toContain('+0.0%');
  });

  it("charts only the history of the run's own environment (a webpack build's sizes never join Turbopack's trend)", () => {
    const bundleRun = (i: number, bundler: string, bytes: number) => ({
      id: `${bundler}-${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), source: 'bundle' as const,
      environment: { bundler }, measurements: [{ route: '/', metric: 'bundle.js.gzip' as const, unit: 'bytes' as const, samples: [bytes] }],
    });
    const history = [0, 1, 2, 3].flatMap((i) => [toHistoryRecord(bundleRun(i, 'turbopack', 100_000)), toHistoryRecord(bundleRun(i, 'webpack', 130_000))]);
    const current = bundleRun(4, 'webpack', 130_500);
    const r = { ...report(), run: current, verdicts: [{ route: '/', metric: 'bundle.js.gzip' as const, unit: 'bytes' as const }] } as RunReport;
    expect(trendSeries(r, history).get(seriesKey('/', 'bundle.js.gzip'))?.values).toEqual([130_000, 130_000, 130_000, 130_000, 130_500]);
  });

  it('works without history', () => {
    expect(renderHtml(report())).toContain('No history yet');
  });

  describe('field p75 next to the lab value', () => {
    const fieldRun = (i: number, samples: number[], route = hostile) => ({
      id: `field-${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000 + 60_000).toISOString(), source: 'field' as const,
      environment: {}, measurements: [{ route, metric: 'LCP' as const, unit: 'ms' as const, samples }],
    });
    const cells = (html: string) => [...html.matchAll(/<td class="num field"[^>]*>(.*?)<\/td>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, '|'));

    it('shows the latest field window per route and metric: p75, stored values, rating shares; charts the field series', () => {
      const history = [0, 1, 2, 3, 4].map((i) => toHistoryRecord(run(i, 1000 + i)));
      const field = [toHistoryRecord(fieldRun(1, [900, 1000])), toHistoryRecord(fieldRun(3, [1000, 2000, 3000, 5000])), toHistoryRecord(fieldRun(4, [100], '/elsewhere'))];
      const html = renderHtml(report(), { history, field });
      expect(html).toContain('<th>field p75</th>');
      expect(cells(html)).toEqual(['|3500 ms||n=4 · 50% good · 25% NI · 25% poor|']);
      expect(html).toMatch(/<td class="num field" title="field window from 2026-11-01T03:01:00.000Z, route &lt;img src=x onerror=alert\(1\)&gt;">/);
      expect(html).toContain('Real users (field p75 of the latest window per route)');
      expect(html).not.toContain('/elsewhere');
      expect(html).not.toContain('<img');
      const data = JSON.parse(/<script type="application\/json" id="perfgate-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as { charts: Array<{ field: unknown }> };
      // Lab runs 0..5 (hourly); field windows start at 01:01 and 03:01: each run shows the window started before it.
      expect(data.charts[0]?.field).toEqual([null, null, 975, 975, 3500, 3500]);
      expect(html).toContain('purple: field p75');
    });

    it('has no field column, section or series without field history', () => {
      const history = [0, 1, 2].map((i) => toHistoryRecord(run(i, 1000 + i)));
      for (const html of [renderHtml(report(), { history }), renderHtml(report(), { history, field: [toHistoryRecord(fieldRun(1, [900], '/elsewhere'))] })]) {
        expect(html).not.toContain('<th>field p75</th>');
        expect(html).not.toContain('Real users');
        expect(html).toContain('"field":null');
      }
    });

    it('shows — for a route × metric without field data when others have it', () => {
      const r = report();
      r.run.measurements.push({ route: '/other', metric: 'LCP', unit: 'ms', samples: [700] });
      r.verdicts.push({ route: '/other', metric: 'LCP', unit: 'ms' });
      const html = renderHtml(r, { field: [toHistoryRecord(fieldRun(1, [2600, 2600]))] });
      expect(cells(html)).toEqual(['|2600 ms||n=2 · 0% good · 100% NI · 0% poor|', '—']);
    });
  });

  it('helpers escape', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
  });
});
