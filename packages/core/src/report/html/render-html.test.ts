import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../model.js';
import { renderHtml } from './render-html.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { seriesKey } from './trend-series.js';
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

  it('works without history', () => {
    expect(renderHtml(report())).toContain('No history yet');
  });

  it('helpers escape', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
  });
});
