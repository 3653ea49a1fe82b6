import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileHistoryStore, type AlertNotification, type AlertSink, type PerfgateConfigInput, type Run } from '@perfgate/core';
import { createVitalsHandler, type VitalsHandler } from './vitals-handler.js';
import { VitalsHandlerOptionsError } from './errors.js';

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/vitals', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } });
const beacon = (r: string, m: unknown[]) => JSON.stringify({ v: 1, r, m });

let handlers: VitalsHandler[] = [];
let dirs: string[] = [];
/** A handler without perfgate.config (no files written) unless the test gives `config`. */
const create = (options: Parameters<typeof createVitalsHandler>[0] = {}) => {
  const h = createVitalsHandler({ config: false, ...options });
  handlers.push(h);
  return h;
};
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'perfgate-field-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  handlers.forEach((h) => h.close());
  handlers = [];
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

describe('createVitalsHandler', () => {
  it('accepts beacons with 204 and flushes a field Run to history and sinks', async () => {
    const history: Run[] = [];
    const sunk: Run[] = [];
    const h = create({ history: { appendRun: (r) => history.push(r) }, sinks: [(r) => sunk.push(r)], rateLimit: false, app: 'demo', git: { sha: 'abc' } });
    for (const v of [1000, 2000, 3000, 4500]) expect((await h(post(beacon('/campaigns/[id]', [['LCP', v], ['TTFB', 100]])))).status).toBe(204);
    const runs = await h.flush();
    expect(runs).toHaveLength(1);
    expect(history).toEqual(runs);
    expect(sunk).toEqual(runs);
    const run = runs[0]!;
    expect(run).toMatchObject({ source: 'field', environment: { app: 'demo' }, git: { sha: 'abc' } });
    const lcp = run.measurements.find((m) => m.metric === 'LCP')!;
    expect(lcp.route).toBe('/campaigns/[id]');
    expect(lcp.samples).toEqual([1000, 2000, 3000, 4500]);
    expect(lcp.attribution?.field).toMatchObject({ count: 4, p75: 3375, good: 0.5, needsImprovement: 0.25, poor: 0.25 });
    expect(h.stats()).toMatchObject({ accepted: 4, rejected: 0, windows: 1 });
  });

  it('answers 400 with a reason for bad payloads and stores nothing', async () => {
    const history: Run[] = [];
    const h = create({ history: { appendRun: (r) => history.push(r) }, rateLimit: false });
    const res = await h(post(beacon('/a?email=x@y.z', [['LCP', 1]])));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^r: route must be a path pattern/);
    expect((await h(post('{"v":1'))).status).toBe(400);
    expect(await h.flush()).toEqual([]);
    expect(history).toEqual([]);
    expect(h.stats().rejected).toBe(2);
  });

  it('checks content type, body size and method', async () => {
    const h = create({ rateLimit: false, maxBodyBytes: 100 });
    expect((await h(post(beacon('/', [['LCP', 1]]), { 'content-type': 'application/x-www-form-urlencoded' }))).status).toBe(415);
    expect((await h(post(beacon('/', [['LCP', 1]]), { 'content-type': 'application/json' }))).status).toBe(204);
    expect((await h(post(beacon('/' + 'a'.repeat(150), [['LCP', 1]])))).status).toBe(413);
    // A stream without Content-Length is cut off at the limit too.
    const stream = new ReadableStream<Uint8Array>({ pull(c) { c.enqueue(new Uint8Array(64).fill(32)); } });
    const chunked = new Request('http://127.0.0.1/', { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit);
    expect((await h(chunked)).status).toBe(413);
    expect((await h(new Request('http://127.0.0.1/', { method: 'GET' }))).status).toBe(405);
  });

  it('rate-limits per client with 429 and Retry-After (behind a trusted proxy)', async () => {
    const h = create({ rateLimit: { perMinute: 6, burst: 2 }, now: () => 0, trustProxy: true });
    const from = (ip: string) => post(beacon('/', [['LCP', 1]]), { 'x-forwarded-for': `10.9.9.9, ${ip}` });
    expect((await h(from('1.1.1.1'))).status).toBe(204);
    expect((await h(from('1.1.1.1'))).status).toBe(204);
    const limited = await h(from('1.1.1.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect((await h(from('2.2.2.2'))).status).toBe(204);
  });

  it('without trustProxy a forged x-forwarded-for does not buy a fresh rate-limit bucket', async () => {
    const h = create({ rateLimit: { perMinute: 6, burst: 2 }, now: () => 0 });
    const forged = (ip: string) => post(beacon('/', [['LCP', 1]]), { 'x-forwarded-for': ip });
    expect((await h(forged('1.1.1.1'))).status).toBe(204);
    expect((await h(forged('2.2.2.2'))).status).toBe(204);
    expect((await h(forged('3.3.3.3'))).status).toBe(429);
    expect(() => create({ trustProxy: -1 })).toThrow(VitalsHandlerOptionsError);
  });

  it('accepts only the monitored routes: others get 400 and are never stored', async () => {
    const history: Run[] = [];
    const h = create({ history: { appendRun: (r) => history.push(r) }, rateLimit: false, routes: ['/', '/campaigns/[id]', '/blog/**'] });
    for (const r of ['/', '/campaigns/[id]', '/campaigns/42', '/blog/first-post']) expect((await h(post(beacon(r, [['LCP', 1000]])))).status).toBe(204);
    const refused = await h(post(beacon('/made-up-route', [['LCP', 1000]])));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/not in the monitored routes/);
    await h.flush();
    expect(history.flatMap((run) => run.measurements.map((m) => m.route)).sort()).toEqual(['/', '/blog/first-post', '/campaigns/[id]']);
    expect(h.stats()).toMatchObject({ accepted: 4, rejected: 1 });
    expect(() => create({ routes: ['campaigns'] })).toThrow(/routes/);
  });

  it('flushes the open window over HTTP only with the flush token', async () => {
    const history: Run[] = [];
    const token = 'a-test-secret-of-some-length';
    const h = create({ history: { appendRun: (r) => history.push(r) }, rateLimit: false, flushToken: token });
    expect((await h(post(beacon('/', [['LCP', 1200]])))).status).toBe(204);
    expect((await h(new Request('http://127.0.0.1/api/vitals', { method: 'POST', headers: { 'x-perfgate-flush': 'wrong' } }))).status).toBe(403);
    expect(history).toEqual([]);
    const ok = await h(new Request('http://127.0.0.1/api/vitals', { method: 'POST', headers: { 'x-perfgate-flush': token } }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ windows: 1 });
    expect(history).toHaveLength(1);
    const without = create({ rateLimit: false });
    expect((await without(new Request('http://127.0.0.1/api/vitals', { method: 'POST', headers: { 'x-perfgate-flush': token } }))).status).toBe(403);
    expect(() => create({ flushToken: 'short' })).toThrow(/flushToken/);
  });

  it('flushes the open window when the process is told to stop (SIGTERM), and close() unhooks it', async () => {
    const history: Run[] = [];
    const keepAlive = () => {}; // stands in for the server's own SIGTERM handler, which ends the process
    process.on('SIGTERM', keepAlive);
    try {
      const before = process.listenerCount('SIGTERM');
      const h = create({ history: { appendRun: (r) => history.push(r) }, rateLimit: false });
      await h(post(beacon('/', [['LCP', 1200]])));
      expect(process.listenerCount('SIGTERM')).toBe(before + 1);
      process.emit('SIGTERM', 'SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
      expect(history).toHaveLength(1);
      expect(history[0]!.measurements[0]!.samples).toEqual([1200]);
      const off = create({ rateLimit: false, flushOnExit: false });
      await off(post(beacon('/', [['LCP', 1]])));
      const h2 = create({ rateLimit: false });
      await h2(post(beacon('/', [['LCP', 1]])));
      expect(process.listenerCount('SIGTERM')).toBe(before + 1);
      h2.close();
      expect(process.listenerCount('SIGTERM')).toBe(before);
    } finally {
      process.off('SIGTERM', keepAlive);
    }
  });

  it('replaces ids a client left in the route', async () => {
    const h = create({ rateLimit: false });
    await h(post(beacon('/users/12345/settings', [['FCP', 900]])));
    const [run] = await h.flush();
    expect(run!.measurements[0]!.route).toBe('/users/[id]/settings');
  });

  it('closes windows on time into the history store and runs core alert rules on them (p75 LCP > 2.5 s, three windows in a row)', async () => {
    // Windows of the last hour: history retention (365 days, real clock) keeps them.
    const base = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000;
    const t = { now: base };
    const dir = tempDir();
    const delivered: AlertNotification[] = [];
    const sink: AlertSink = { name: 'memory', send: async (n) => (delivered.push(...n), { ok: true, attempts: 1 }) };
    const rules = [{ name: 'field-lcp-slow', metric: 'LCP', condition: 'greater_than' as const, threshold: 2500, window: 3, aggregate: 'min' as const, minSamples: 3, source: 'field' as const }];
    const h = create({ windowMs: 60_000, now: () => t.now, rateLimit: false, config: { storageDir: dir, alerts: { rules } }, alertSinks: [sink] });
    const p75s: number[] = [];
    for (let w = 0; w < 4; w++) {
      t.now = base + w * 60_000 + 1;
      for (let i = 0; i < 5; i++) await h(post(beacon('/slow', [['LCP', 3000 + i * 100]])));
      await h(post(beacon('/fast', [['LCP', 900]])));
      await h.flush();
      p75s.push(delivered.length);
    }
    // No alert before the third slow window, one firing alert at the third, deduplicated at the fourth.
    expect(p75s).toEqual([0, 0, 1, 1]);
    expect(delivered[0]).toMatchObject({ status: 'firing', rule: 'field-lcp-slow', route: '/slow', metric: 'LCP' });

    const runs = await new FileHistoryStore({ dir: join(dir, 'history') }).readRuns({ source: 'field' });
    expect(runs).toHaveLength(4);
    expect(runs.map((r) => r.startedAt)).toEqual([0, 1, 2, 3].map((w) => new Date(base + w * 60_000).toISOString()));
    const slow = runs[0]!.points.find((p) => p.route === '/slow' && p.metric === 'LCP')!;
    expect(slow.summary.p75).toBe(3300);
    expect(slow.samples).toEqual([3000, 3100, 3200, 3300, 3400]);

    // The slow route recovers: the alert resolves.
    t.now = base + 4 * 60_000 + 1;
    for (let i = 0; i < 5; i++) await h(post(beacon('/slow', [['LCP', 1200]])));
    await h.flush();
    expect(delivered.map((a) => a.status)).toEqual(['firing', 'resolved']);
  });

  it('reports a broken perfgate config through onError and keeps answering', async () => {
    const errors: unknown[] = [];
    const sunk: Run[] = [];
    const bad = { storageDir: tempDir(), alerts: { rules: [{ name: 'x', metric: 'LCP', condition: 'greater_than' }] } } as unknown as PerfgateConfigInput;
    const h = create({ rateLimit: false, config: bad, sinks: [(r) => sunk.push(r)], onError: (e) => errors.push(e) });
    expect((await h(post(beacon('/', [['LCP', 1]])))).status).toBe(204);
    await h.flush();
    expect(sunk).toHaveLength(1);
    expect(String(errors[0])).toMatch(/alerts\.rules\[0\]\.threshold/);
  });

  it('never throws into Next when history or sinks fail, and reports the error', async () => {
    const errors: unknown[] = [];
    const ok: Run[] = [];
    const h = create({ rateLimit: false, history: { appendRun: () => { throw new Error('disk full'); } }, sinks: [async () => { throw new Error('pushgateway down'); }, (r) => ok.push(r)], onError: (e) => errors.push(e) });
    expect((await h(post(beacon('/', [['LCP', 1]])))).status).toBe(204);
    await h.flush();
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk full', 'pushgateway down']);
    expect(ok).toHaveLength(1);
  });

  it('rejects bad options at creation with a typed error naming the option', () => {
    expect(() => createVitalsHandler({ windowMs: 10 })).toThrow(VitalsHandlerOptionsError);
    expect(() => createVitalsHandler({ windowMs: 10 })).toThrow(/option "windowMs" is 10; expected an integer ≥ 1000/);
    expect(() => createVitalsHandler({ rateLimit: { perMinute: -1 } })).toThrow(/rateLimit.perMinute/);
  });
});
