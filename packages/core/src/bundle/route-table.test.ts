import { describe, expect, it } from 'vitest';
import type { RunReport } from '../model.js';
import { renderRouteTable } from './route-table.js';

const m = (route: string, metric: string, v: number) => ({ route, metric: metric as 'bundle.js.raw', unit: 'bytes' as const, samples: [v] });

describe('renderRouteTable', () => {
  it('shows sizes, the gate metric delta and budget, and the worst status per route, (build) last', () => {
    const report = {
      run: { id: 'r', startedAt: '', source: 'bundle', environment: {}, measurements: [m('(build)', 'bundle.js.raw', 9000), m('/b', 'bundle.js.raw', 2000), m('/b', 'bundle.js.gzip', 1500), m('/a', 'bundle.js.raw', 500)] },
      verdicts: [
        { route: '/b', metric: 'bundle.js.gzip', unit: 'bytes', budget: { status: 'error', limit: 1000, actual: 1500 } },
        { route: '/a', metric: 'bundle.js.gzip', unit: 'bytes', comparison: { verdict: 'unchanged', absoluteChange: 12, relativeChange: 0.02 } },
      ],
    } as unknown as RunReport;
    const lines = renderRouteTable(report, { gateMetric: 'bundle.js.gzip' }).split('\n');
    expect(lines[0]).toMatch(/^Route\s+JS raw\s+JS gzip\s+CSS gzip\s+Δ bundle\.js\.gzip\s+Budget\s+Status$/);
    expect(lines[2]).toMatch(/^\/a\s+500 B .* \+12 B \(2\.0%\) .*✓$/);
    expect(lines[3]).toMatch(/^\/b\s+2\.0 kB\s+1\.5 kB .* 1\.0 kB\s+✖ over budget$/);
    expect(lines[4]).toMatch(/^\(build\)\s+9\.0 kB/);
  });

  it('adds a brotli column only when brotli was measured', () => {
    const report = {
      run: { id: 'r', startedAt: '', source: 'bundle', environment: {}, measurements: [m('/a', 'bundle.js.raw', 3000), m('/a', 'bundle.js.brotli', 900)] },
      verdicts: [],
    } as unknown as RunReport;
    const lines = renderRouteTable(report, { gateMetric: 'bundle.js.gzip' }).split('\n');
    expect(lines[0]).toMatch(/^Route\s+JS raw\s+JS gzip\s+JS brotli\s+CSS gzip\s/);
    expect(lines[2]).toMatch(/^\/a\s+3\.0 kB\s+–\s+900 B\s/);
  });
});
