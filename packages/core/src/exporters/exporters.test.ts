import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { toHistoryRecord } from '../history/record.js';
import type { Run } from '../model.js';
import { parseExportersConfig } from './config.js';
import { toExportBatch } from './export-points.js';
import { exportRun } from './export-run.js';
import { branchLabel, routeLabel } from './labels.js';
import { toOtlpJson } from './otlp.js';
import { pushgatewayPath, toPrometheusText } from './pushgateway.js';

const run: Run = {
  id: 'r1',
  startedAt: '2026-11-01T10:00:00.000Z',
  source: 'lab',
  git: { branch: 'feature/new-chart', sha: 'abc' },
  environment: { app: 'domainflow' },
  measurements: [
    { route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: [1000, 1200, 1100] },
    { route: '/users/12345?tab=1', metric: 'bundle.js.gzip', unit: 'bytes', samples: [150_000] },
    { route: '/a"b\\c\nd', metric: 'CLS', unit: 'unitless', samples: [0.05] },
  ],
};

describe('label hygiene', () => {
  it('bounds route and branch label values', () => {
    expect(routeLabel('/users/12345?tab=1#x')).toBe('/users/[id]');
    expect(routeLabel('/o/3f2504e0-4f89-11d3-9a0c-0305e82c3301/h/0123456789abcdef0123')).toBe('/o/[uuid]/h/[hash]');
    expect(routeLabel(`/${'x'.repeat(500)}`)).toHaveLength(120);
    expect(branchLabel('feature/x', ['main'])).toBe('other');
    expect(branchLabel('main', ['main'])).toBe('main');
    expect(branchLabel('feature/x', '*')).toBe('feature/x');
  });

  it('caps the number of routes', () => {
    const many: Run = { ...run, measurements: Array.from({ length: 5 }, (_, i) => ({ route: `/r${i}`, metric: 'LCP' as const, unit: 'ms' as const, samples: [1] })) };
    const batch = toExportBatch(many, { maxRoutes: 3 });
    expect(batch.points.map((p) => p.route)).toEqual(['/r0', '/r1', '/r2']);
    expect(batch.skippedRoutes).toEqual(['/r3', '/r4']);
  });
});

describe('Prometheus text exposition', () => {
  it('writes gauges with only route and metric labels, escaped', () => {
    const text = toPrometheusText(toExportBatch(run));
    expect(text).toContain('# TYPE perfgate_p75 gauge');
    expect(text).toContain('perfgate_median{route="/campaigns/[id]",metric="LCP"} 1100');
    expect(text).toContain('perfgate_p75{route="/users/[id]",metric="bundle.js.gzip"} 150000');
    expect(text).toContain('perfgate_samples{route="/a\\"b\\\\cd",metric="CLS"} 1'); // newline dropped, quote and backslash escaped
    expect(text).toMatch(/perfgate_run_timestamp_seconds 1793527200\n/);
    for (const line of text.split('\n').filter((l) => l.includes('{'))) {
      expect(Object.keys(Object.fromEntries([...line.matchAll(/(\w+)="/g)].map((m) => [m[1], 1])))).toEqual(['route', 'metric']);
    }
  });

  it('encodes grouping-key values with slashes as base64url', () => {
    expect(pushgatewayPath('perfgate', 'domainflow', 'main', 'lab')).toBe('/metrics/job/perfgate/app/domainflow/branch/main/source/lab');
    expect(pushgatewayPath('perfgate', 'a/b', 'feature/x', 'field')).toBe(
      `/metrics/job/perfgate/app@base64/${Buffer.from('a/b').toString('base64url')}/branch@base64/${Buffer.from('feature/x').toString('base64url')}/source/field`,
    );
  });

  it("groups by the run's source, a bounded value", () => {
    expect(toExportBatch(run).source).toBe('lab');
    expect(toExportBatch({ ...run, source: 'bundle' }).source).toBe('bundle');
    expect(toExportBatch({ ...run, source: 'made-up' as Run['source'] }).source).toBe('lab');
  });
});

describe('OTLP/HTTP JSON', () => {
  it('builds gauges per metric with UCUM units and route/stat attributes', () => {
    const body = toOtlpJson(toExportBatch(toHistoryRecord(run), { branches: '*' })) as {
      resourceMetrics: Array<{ resource: { attributes: unknown[] }; scopeMetrics: Array<{ metrics: Array<{ name: string; unit: string; gauge: { dataPoints: Array<{ asDouble: number; timeUnixNano: string }> } }> }> }>;
    };
    const metrics = body.resourceMetrics[0]!.scopeMetrics[0]!.metrics;
    expect(metrics.map((m) => [m.name, m.unit])).toEqual([['perfgate.lcp', 'ms'], ['perfgate.bundle.js.gzip', 'By'], ['perfgate.cls', '1']]);
    expect(metrics[0]!.gauge.dataPoints.map((d) => d.asDouble)).toEqual([1100, 1150, 1190]);
    expect(metrics[0]!.gauge.dataPoints[0]!.timeUnixNano).toBe('1793527200000000000');
    expect(body.resourceMetrics[0]!.resource.attributes).toContainEqual({ key: 'branch', value: { stringValue: 'feature/new-chart' } });
    const field = toOtlpJson(toExportBatch({ ...run, source: 'field' })) as typeof body;
    const attrs = (field.resourceMetrics[0]!.scopeMetrics[0]!.metrics[0]!.gauge.dataPoints[0] as unknown as { attributes: unknown[] }).attributes;
    expect(attrs).toContainEqual({ key: 'source', value: { stringValue: 'field' } });
  });

  it('exportRun posts to <url>/v1/metrics with headers from the environment, and skips exporters whose variable is unset', async () => {
    const got: Array<{ url?: string; auth?: string; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => { got.push({ url: req.url, auth: req.headers.authorization, body }); res.end('{}'); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const config = parseExportersConfig({ otlp: { url, headersEnv: { authorization: 'OTLP_AUTH' } }, pushgateway: { urlEnv: 'NO_SUCH_VAR' } });
      const logs: string[] = [];
      const results = await exportRun({ run }, config, { env: { OTLP_AUTH: 'Basic s3cr3t' }, log: (l) => logs.push(l) });
      expect(results).toMatchObject([{ exporter: 'otlp', ok: true, series: 3 }]);
      expect(got[0]).toMatchObject({ url: '/v1/metrics', auth: 'Basic s3cr3t' });
      expect(JSON.parse(got[0]!.body).resourceMetrics).toHaveLength(1);
      expect(logs.join('\n')).toMatch(/pushgateway: skipped: environment variable NO_SUCH_VAR is not set/);
      expect(logs.join('\n')).not.toContain('s3cr3t');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('rejects an exporter without url or urlEnv, naming the key', () => {
    expect(() => parseExportersConfig({ pushgateway: {} }, 'perfgate.config.ts')).toThrow(/exporters\.pushgateway\.url/);
  });
});
