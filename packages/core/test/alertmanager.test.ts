// Integration: starts the real Debian prometheus-alertmanager on 127.0.0.1, delivers perfgate alerts
// through runAlerts, reads them back through /api/v2/alerts, resolves them, and tests down/slow receivers.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertmanagerSink, deliverAlerts, parseAlertsConfig, runAlerts } from '../src/alerts/index.js';
import { toHistoryRecord } from '../src/history/index.js';
import type { HistoryRecord } from '../src/history/index.js';
import { freePort, startAlertmanager } from './pushgateway-alertmanager-servers.js';
import type { StartedServer } from './pushgateway-alertmanager-servers.js';

interface AmAlert { labels: Record<string, string>; annotations: Record<string, string>; startsAt: string; endsAt: string; status: { state: string } }

let am: StartedServer;
let slow: Server;
let slowHits = 0;

beforeAll(async () => {
  am = await startAlertmanager();
  slow = createServer(() => { slowHits++; /* never answers */ });
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await am?.stop();
  slow?.closeAllConnections();
  await new Promise((r) => slow?.close(r));
});

/** Runs one minute apart, LCP of one sample each; the last run is at `end`. */
function history(values: number[], end: number): HistoryRecord[] {
  return values.map((v, i) => toHistoryRecord({
    id: `r${i}`, startedAt: new Date(end - (values.length - 1 - i) * 60_000).toISOString(), source: 'lab', environment: { app: 'domainflow' },
    measurements: [{ route: '/campaigns/[id]', metric: 'LCP', unit: 'ms', samples: [v] }, { route: '/', metric: 'heap', unit: 'bytes', samples: [40e6 + i * 2e6] }],
  }));
}

async function alerts(): Promise<AmAlert[]> {
  const res = await fetch(`${am.url}/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true`);
  expect(res.status).toBe(200);
  return (await res.json()) as AmAlert[];
}

describe('Alertmanager delivery against a real prometheus-alertmanager', () => {
  it('posts firing alerts (threshold, continuous increase), reads them back, then resolves with endsAt', async () => {
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-am-'));
    const config = parseAlertsConfig({
      labels: { app: 'domainflow' },
      channels: { ops: { type: 'alertmanager', urlEnv: 'PERFGATE_ALERTMANAGER_URL', retries: 1, backoffMs: 10 } },
      rules: [
        { name: 'PerfgateSlowLCP', metric: 'LCP', condition: 'greater_than', threshold: 2500, window: 3, minSamples: 3, severity: 'critical', channels: ['ops'] },
        { name: 'PerfgateHeapGrowth', metric: 'heap', condition: 'continuous_increase', window: 5, minSamples: 5, threshold: 0.1 },
      ],
    });
    const env = { PERFGATE_ALERTMANAGER_URL: am.url };
    // Times are in the past: Alertmanager only treats an alert as resolved once its endsAt has passed.
    const now = Date.now() - 180_000;
    const firing = await runAlerts({ records: history([1000, 2600, 2700, 2800, 2900], now), config, storageDir, env, log: () => {}, now });
    expect(firing.notifications.map((n) => `${n.rule}:${n.status}`).sort()).toEqual(['PerfgateHeapGrowth:firing', 'PerfgateSlowLCP:firing']);
    expect(firing.deliveries).toEqual([{ channel: 'ops', ok: true, attempts: 1, alerts: 2 }]);

    const active = await alerts();
    const lcp = active.find((a) => a.labels.alertname === 'PerfgateSlowLCP')!;
    expect(lcp.labels).toMatchObject({ severity: 'critical', route: '/campaigns/[id]', metric: 'LCP', app: 'domainflow', source: 'perfgate' });
    expect(lcp.status.state).toBe('active');
    expect(lcp.annotations.summary).toMatch(/LCP on \/campaigns\/\[id\]: median p75 over 3 runs is 2800 ms/);
    expect(active.find((a) => a.labels.alertname === 'PerfgateHeapGrowth')?.labels.route).toBe('/');

    // Within 5 minutes the same alert is not sent again.
    const repeat = await runAlerts({ records: history([1000, 2600, 2700, 2800, 2900], now + 60_000), config, storageDir, env, log: () => {}, now: now + 60_000 });
    expect(repeat.notifications.filter((n) => n.rule === 'PerfgateSlowLCP')).toEqual([]);
    expect(repeat.suppressed).toContain('PerfgateSlowLCP|/campaigns/[id]|LCP');

    // LCP recovers: the alert resolves and Alertmanager no longer lists it as active.
    const resolvedAt = Date.now() - 1000;
    const resolved = await runAlerts({ records: history([2900, 1000, 1000, 1000], resolvedAt), config, storageDir, env, log: () => {}, now: resolvedAt });
    expect(resolved.notifications.find((n) => n.rule === 'PerfgateSlowLCP')).toMatchObject({ status: 'resolved', endsAt: new Date(resolvedAt).toISOString() });
    const after = await fetch(`${am.url}/api/v2/alerts?active=true`).then((r) => r.json() as Promise<AmAlert[]>);
    expect(after.some((a) => a.labels.alertname === 'PerfgateSlowLCP')).toBe(false);
    const all = await alerts();
    expect(all.find((a) => a.labels.alertname === 'PerfgateSlowLCP')).toBeUndefined();
  });

  it('firing alerts carry endsAt = send time + firingLifetimeMinutes, so Alertmanager keeps them firing past its resolve_timeout', async () => {
    const storageDir = await mkdtemp(join(tmpdir(), 'perfgate-am-'));
    const config = parseAlertsConfig({
      channels: { ops: { type: 'alertmanager', url: am.url, firingLifetimeMinutes: 90 } },
      rules: [{ name: 'PerfgateLifetime', metric: 'LCP', condition: 'greater_than', threshold: 2500, window: 1, minSamples: 1 }],
    });
    const now = Date.now();
    const sent = await runAlerts({ records: history([3000], now), config, storageDir, env: {}, log: () => {}, now });
    expect(sent.deliveries).toMatchObject([{ channel: 'ops', ok: true }]);
    const got = (await alerts()).find((a) => a.labels.alertname === 'PerfgateLifetime')!;
    expect(got.status.state).toBe('active');
    const endsAt = Date.parse(got.endsAt);
    expect(endsAt - now).toBeGreaterThan(90 * 60_000 - 10_000);
    expect(endsAt - now).toBeLessThan(90 * 60_000 + 10_000);
    // Default: one hour.
    const fallback = parseAlertsConfig({ channels: { ops: { type: 'alertmanager', url: am.url } }, rules: [{ name: 'PerfgateLifetimeDefault', metric: 'LCP', condition: 'greater_than', threshold: 2500, window: 1, minSamples: 1 }] });
    await runAlerts({ records: history([3000], now), config: fallback, storageDir, env: {}, log: () => {}, now });
    const def = (await alerts()).find((a) => a.labels.alertname === 'PerfgateLifetimeDefault')!;
    expect(Math.abs(Date.parse(def.endsAt) - now - 3_600_000)).toBeLessThan(10_000);
  });

  it('an Alertmanager that is down is retried, never throws, and is retried on the next run', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const sink = createAlertmanagerSink({ name: 'down', url, retries: 2, backoffMs: 10 });
    const logs: string[] = [];
    const results = await deliverAlerts(
      [{ fingerprint: 'f', status: 'firing', rule: 'R', route: '/', metric: 'LCP', severity: 'warning', summary: 's', startsAt: new Date().toISOString(), channels: [] }],
      [sink], { log: (l) => logs.push(l) },
    );
    expect(results).toMatchObject([{ channel: 'down', ok: false, attempts: 3 }]);
    expect(results[0]!.error).toMatch(/ECONNREFUSED/);
    expect(logs[0]).toMatch(/The build continues/);
  });

  it('an Alertmanager that never answers times out on each attempt; delivery to the real one still succeeds', async () => {
    slowHits = 0;
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const n = [{ fingerprint: 'g', status: 'firing' as const, rule: 'PerfgateSlowSink', route: '/', metric: 'LCP', severity: 'info' as const, summary: 's', startsAt: new Date().toISOString(), channels: [] }];
    const results = await deliverAlerts(n, [
      createAlertmanagerSink({ name: 'slow', url: slowUrl, timeoutMs: 200, retries: 2, backoffMs: 10 }),
      createAlertmanagerSink({ name: 'real', url: am.url }),
    ], { log: () => {} });
    expect(results.find((r) => r.channel === 'slow')).toMatchObject({ ok: false, attempts: 3, error: 'timed out after 200 ms' });
    expect(results.find((r) => r.channel === 'real')).toMatchObject({ ok: true });
    expect(slowHits).toBe(3);
    expect((await alerts()).some((a) => a.labels.alertname === 'PerfgateSlowSink')).toBe(true);
  });
});
