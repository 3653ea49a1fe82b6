// Integration: starts the real Debian prometheus-pushgateway on 127.0.0.1, pushes perfgate runs, reads them back.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushToPushgateway } from '../src/exporters/index.js';
import type { Run } from '../src/model.js';
import { freePort, startPushgateway } from './pushgateway-alertmanager-servers.js';
import type { StartedServer } from './pushgateway-alertmanager-servers.js';

interface PgMetric { labels: Record<string, string>; value?: string }
interface PgGroup { labels: Record<string, string>; [family: string]: unknown }

const run = (branch: string, lcp: number, source: Run['source'] = 'lab'): Run => ({
  id: `run-${branch}-${lcp}`,
  startedAt: '2026-11-01T10:00:00.000Z',
  source,
  git: { branch },
  environment: { app: 'domainflow' },
  measurements: [
    { route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: [lcp, lcp + 100, lcp + 200] },
    { route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [150_000] },
    { route: '<img src=x onerror=alert(1)>', metric: 'CLS', unit: 'unitless', samples: [0.02] },
  ],
});

let pg: StartedServer;
let slow: Server;
const quiet = (): void => {};

beforeAll(async () => {
  pg = await startPushgateway();
  slow = createServer(() => { /* never answers */ });
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await pg?.stop();
  slow?.closeAllConnections();
  await new Promise((r) => slow?.close(r));
});

async function groups(): Promise<PgGroup[]> {
  const res = await fetch(`${pg.url}/api/v1/metrics`);
  const body = (await res.json()) as { status: string; data: PgGroup[] };
  expect(body.status).toBe('success');
  return body.data;
}

function samplesOf(group: PgGroup, family: string): PgMetric[] {
  return ((group[family] as { metrics?: PgMetric[] } | undefined)?.metrics ?? []);
}

describe('Pushgateway exporter against a real prometheus-pushgateway', () => {
  it('pushes a run under job/app/branch and reads it back through /api/v1/metrics', async () => {
    const result = await pushToPushgateway(run('main', 1000), { url: pg.url, log: quiet });
    expect(result).toMatchObject({ ok: true, attempts: 1, series: 3 });
    const group = (await groups()).find((g) => g.labels.job === 'perfgate' && g.labels.branch === 'main')!;
    expect(group.labels).toMatchObject({ job: 'perfgate', app: 'domainflow', branch: 'main', source: 'lab' });
    const p75 = samplesOf(group, 'perfgate_p75');
    expect(p75.find((m) => m.labels.route === '/campaigns/[id]')).toMatchObject({ value: '1150', labels: { metric: 'LCP', app: 'domainflow', branch: 'main' } });
    expect(p75.find((m) => m.labels.route === '<img src=x onerror=alert(1)>')?.value).toBe('0.02');
    expect(Object.keys(p75[0]!.labels).filter((k) => !['app', 'branch', 'source', 'job', 'instance'].includes(k)).sort()).toEqual(['metric', 'route']);
  });

  it('bundle, lab and field runs of one app and branch land in their own groups; none replaces another', async () => {
    const job = 'perfgate-sources';
    for (const [source, lcp] of [['bundle', 100], ['lab', 1000], ['field', 2500]] as const) {
      const r = await pushToPushgateway(run('main', lcp, source), { url: pg.url, job, log: quiet });
      expect(r.ok).toBe(true);
    }
    const mine = (await groups()).filter((g) => g.labels.job === job);
    expect(mine.map((g) => g.labels.source).sort()).toEqual(['bundle', 'field', 'lab']);
    for (const [source, median] of [['bundle', '200'], ['lab', '1100'], ['field', '2600']]) {
      const group = mine.find((g) => g.labels.source === source)!;
      const m = samplesOf(group, 'perfgate_median').find((x) => x.labels.route === '/campaigns/[id]')!;
      expect(m).toMatchObject({ value: median, labels: { source, app: 'domainflow', branch: 'main' } });
    }
  });

  it('a PUT replaces the group; a feature branch lands in the bounded "other" group', async () => {
    await pushToPushgateway(run('main', 2000), { url: pg.url, log: quiet });
    await pushToPushgateway(run('feature/x', 3000), { url: pg.url, log: quiet });
    const all = await groups();
    const main = all.find((g) => g.labels.job === 'perfgate' && g.labels.branch === 'main')!;
    expect(samplesOf(main, 'perfgate_median').find((m) => m.labels.route === '/campaigns/[id]')?.value).toBe('2100');
    const other = all.find((g) => g.labels.branch === 'other')!;
    expect(samplesOf(other, 'perfgate_median').find((m) => m.labels.route === '/campaigns/[id]')?.value).toBe('3100');
    expect(all.some((g) => g.labels.branch === 'feature/x')).toBe(false);
  });

  it('keeps a branch with a slash when every branch is allowed (base64 grouping key)', async () => {
    const r = await pushToPushgateway(run('feature/y', 4000), { url: pg.url, branches: '*', log: quiet });
    expect(r.ok).toBe(true);
    expect((await groups()).some((g) => g.labels.branch === 'feature/y')).toBe(true);
  });

  it('POST replaces only the pushed families of the group', async () => {
    const r = await pushToPushgateway(run('main', 5000), { url: pg.url, method: 'POST', job: 'perfgate-post', log: quiet });
    expect(r.ok).toBe(true);
    const group = (await groups()).find((g) => g.labels.job === 'perfgate-post')!;
    expect(samplesOf(group, 'perfgate_p95').find((m) => m.labels.route === '/campaigns/[id]')?.value).toBe('5190');
  });

  it('a gateway that is down is retried and reported, never thrown', async () => {
    const port = await freePort();
    const logs: string[] = [];
    const r = await pushToPushgateway(run('main', 1), { url: `http://127.0.0.1:${port}`, retries: 2, backoffMs: 10, log: (l) => logs.push(l) });
    expect(r).toMatchObject({ ok: false, attempts: 3 });
    expect(r.error).toMatch(/ECONNREFUSED/);
    expect(logs.join('\n')).toMatch(/push failed after 3 attempt\(s\)/);
  });

  it('a gateway that never answers times out per attempt, bounded by the retries', async () => {
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const r = await pushToPushgateway(run('main', 1), { url, timeoutMs: 200, retries: 1, backoffMs: 10, log: quiet });
    expect(r).toMatchObject({ ok: false, attempts: 2, error: 'timed out after 200 ms' });
  });
});
