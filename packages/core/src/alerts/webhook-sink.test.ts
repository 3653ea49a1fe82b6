import { describe, expect, it } from 'vitest';
import type { AlertNotification } from './alert-state.js';
import { toAlertmanagerAlerts } from './alertmanager-sink.js';
import { webhookPayload } from './webhook-sink.js';

const n = (status: 'firing' | 'resolved'): AlertNotification => ({
  fingerprint: 'f', status, rule: 'SlowLCP', route: '<img src=x onerror=alert(1)>', metric: 'LCP', severity: 'critical',
  summary: 'LCP on <img src=x onerror=alert(1)>: 3000 ms > 2500 ms', value: 3000, threshold: 2500,
  startsAt: '2026-11-01T00:00:00.000Z', ...(status === 'resolved' ? { endsAt: '2026-11-01T00:10:00.000Z' } : {}), channels: [],
});

describe('alert payloads', () => {
  it('json: perfgate payload with labels and the notifications as they are', () => {
    expect(webhookPayload([n('firing')], 'json', { app: 'web' })).toEqual({ source: 'perfgate', version: 1, labels: { app: 'web' }, alerts: [n('firing')] });
  });

  it('slack: text + mrkdwn blocks, with <, >, & escaped as Slack requires', () => {
    const p = webhookPayload([n('firing'), n('resolved')], 'slack') as { text: string; blocks: Array<{ text: { text: string } }> };
    expect(p.text).toMatch(/^perfgate: 2 alert\(s\)/);
    expect(p.blocks).toHaveLength(2);
    expect(p.blocks[0]!.text.text).toContain('CRITICAL');
    expect(p.blocks[1]!.text.text).toContain('RESOLVED');
    expect(p.text).not.toContain('<img');
    expect(p.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('alertmanager: labels, annotations; firing alerts end a lifetime after the send, resolutions at their endsAt', () => {
    const now = Date.parse('2026-11-01T00:20:00.000Z');
    const [firing, resolved] = toAlertmanagerAlerts([n('firing'), n('resolved')], { app: 'web' }, 'https://ci.example/run/1', { now });
    expect(firing).toEqual({
      labels: { app: 'web', alertname: 'SlowLCP', severity: 'critical', route: '<img src=x onerror=alert(1)>', metric: 'LCP', source: 'perfgate' },
      annotations: { summary: 'LCP on <img src=x onerror=alert(1)>: 3000 ms > 2500 ms', value: '3000', threshold: '2500' },
      startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2026-11-01T01:20:00.000Z', generatorURL: 'https://ci.example/run/1',
    });
    expect(resolved!.endsAt).toBe('2026-11-01T00:10:00.000Z');
    const [daily] = toAlertmanagerAlerts([n('firing')], {}, undefined, { now, firingLifetimeMs: 25 * 3_600_000 });
    expect(daily!.endsAt).toBe('2026-11-02T01:20:00.000Z');
  });
});
