import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAlertsConfig } from './config.js';
import { runAlerts } from './run-alerts.js';
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


const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A loopback port with nothing listening (connection refused). */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

const rule = { name: 'slow-lcp', metric: 'LCP', condition: 'greater_than', threshold: 2500, minSamples: 1, window: 1 } as const;

describe('runAlerts', () => {
  it('delivers a Slack-format webhook with the token from the environment, then dedupes and resolves', async () => {
    const received: Array<{ auth?: string; body: { text: string } }> = [];
    const base = await listen((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => { received.push({ auth: req.headers.authorization, body: JSON.parse(body) }); res.end('ok'); });
    });
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-run-alerts-'));
    const config = parseAlertsConfig({ rules: [rule], channels: { slack: { type: 'webhook', urlEnv: 'HOOK', tokenEnv: 'TOKEN', format: 'slack' } } });
    const env = { HOOK: `${base}/services/T000/B000/secret-path`, TOKEN: 'tok-123456' };
    const t0 = Date.UTC(2026, 10, 1, 12);
    const firing = await runAlerts({ records: historyOf([3000]), config, storageDir, env, log: () => {}, now: t0 });
    expect(firing.deliveries).toEqual([{ channel: 'slack', ok: true, attempts: 1, alerts: 1 }]);
    expect(received[0]!.auth).toBe('Bearer tok-123456');
    expect(received[0]!.body.text).toMatch(/WARNING\* ?.*slow-lcp|slow-lcp/);
    const again = await runAlerts({ records: historyOf([3000]), config, storageDir, env, log: () => {}, now: t0 + 60_000 });
    expect(again.notifications).toEqual([]);
    expect(again.suppressed).toEqual(['slow-lcp|/|LCP']);
    const resolved = await runAlerts({ records: historyOf([3000, 1000]), config, storageDir, env, log: () => {}, now: t0 + 120_000 });
    expect(resolved.notifications.map((n) => n.status)).toEqual(['resolved']);
    expect(received[1]!.body.text).toMatch(/RESOLVED/);
  });

  it('a receiver that is down is retried, never throws, and the URL and token never reach logs, results or state', async () => {
    const down = await closedPort();
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-run-alerts-'));
    const config = parseAlertsConfig({ rules: [rule], channels: { hook: { type: 'webhook', urlEnv: 'HOOK', tokenEnv: 'TOKEN', retries: 2, backoffMs: 10, timeoutMs: 1000 } } });
    const secretUrl = `${down}/hooks/super-secret-path-42?token=qs-secret-99`;
    const env = { HOOK: secretUrl, TOKEN: 'bearer-secret-77' };
    const logs: string[] = [];
    const result = await runAlerts({ records: historyOf([3000]), config, storageDir, env, log: (l) => logs.push(l), now: Date.UTC(2026, 10, 1) });
    expect(result.deliveries[0]).toMatchObject({ channel: 'hook', ok: false, attempts: 3 });
    expect(result.deliveries[0]!.error).toMatch(/ECONNREFUSED/);
    const everything = [logs.join('\n'), JSON.stringify(result), await readFile(result.stateFile, 'utf8')].join('\n');
    for (const secret of ['super-secret-path-42', 'qs-secret-99', 'bearer-secret-77', secretUrl]) expect(everything).not.toContain(secret);
    expect(logs.join('\n')).toMatch(/could not deliver 1 alert\(s\) to channel 'hook' after 3 attempt/);
    // not delivered → sent again next run rather than suppressed
    const next = await runAlerts({ records: historyOf([3000]), config, storageDir, env, log: () => {}, now: Date.UTC(2026, 10, 1) + 60_000 });
    expect(next.notifications).toHaveLength(1);
  });

  it('a receiver that never answers times out on every attempt and the run still finishes', async () => {
    let hits = 0;
    const slow = await listen(() => { hits++; /* never answers */ });
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-run-alerts-'));
    const config = parseAlertsConfig({ rules: [rule], channels: { am: { type: 'alertmanager', url: slow, timeoutMs: 200, retries: 1, backoffMs: 10 } } });
    const result = await runAlerts({ records: historyOf([3000]), config, storageDir, env: {}, log: () => {}, now: Date.UTC(2026, 10, 1) });
    expect(result.deliveries[0]).toMatchObject({ channel: 'am', ok: false, attempts: 2, error: 'timed out after 200 ms' });
    expect(hits).toBe(2);
  });

  it('a channel whose environment variable is unset is skipped with a warning naming the variable', async () => {
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-run-alerts-'));
    const config = parseAlertsConfig({ rules: [rule], channels: { hook: { type: 'webhook', urlEnv: 'MISSING_HOOK' } } });
    const logs: string[] = [];
    const result = await runAlerts({ records: historyOf([3000]), config, storageDir, env: {}, log: (l) => logs.push(l), now: 0 });
    expect(result.deliveries).toEqual([]);
    expect(logs.join('\n')).toMatch(/channel 'hook' skipped: environment variable MISSING_HOOK is not set/);
  });
});
