import { describe, expect, it } from 'vitest';
import { browserTransport, sendPayload } from './send-payload.js';

describe('sendPayload', () => {
  it('uses sendBeacon when the browser queues it', async () => {
    const calls: string[] = [];
    const ok = await sendPayload('/v', 'x', { beacon: () => (calls.push('beacon'), true), fetch: async () => (calls.push('fetch'), { ok: true, status: 204 }) });
    expect(ok).toBe(true);
    expect(calls).toEqual(['beacon']);
  });
  it('falls back to fetch and retries once on a network error', async () => {
    let n = 0;
    const ok = await sendPayload('/v', 'x', {
      beacon: () => false,
      fetch: async () => {
        n += 1;
        if (n === 1) throw new TypeError('network');
        return { ok: true, status: 204 };
      },
    });
    expect(ok).toBe(true);
    expect(n).toBe(2);
  });
  it('gives up after one retry and never throws', async () => {
    let n = 0;
    const ok = await sendPayload('/v', 'x', { beacon: () => { throw new Error('blocked'); }, fetch: async () => { n += 1; return { ok: false, status: 503 }; } });
    expect(ok).toBe(false);
    expect(n).toBe(2);
  });
  it('does not retry a payload the server rejected', async () => {
    let n = 0;
    const ok = await sendPayload('/v', 'x', { fetch: async () => { n += 1; return { ok: false, status: 400 }; } });
    expect(ok).toBe(false);
    expect(n).toBe(1);
  });
});

describe('browserTransport', () => {
  const g = globalThis as Record<string, unknown>;
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const withGlobals = async (fn: () => Promise<void>) => {
    const saved = { fetch: g.fetch, navigator: g.navigator };
    calls.length = 0;
    Object.defineProperty(globalThis, 'navigator', { value: { sendBeacon: () => { calls.push({ url: 'beacon', init: {} }); return true; } }, configurable: true });
    g.fetch = async (url: string, init: RequestInit) => (calls.push({ url, init }), { ok: true, status: 204 });
    try {
      await fn();
    } finally {
      g.fetch = saved.fetch;
      Object.defineProperty(globalThis, 'navigator', { value: saved.navigator, configurable: true });
    }
  };

  it('beacon mode uses sendBeacon', async () => {
    await withGlobals(async () => {
      expect(await sendPayload('/v', 'x', browserTransport('beacon'))).toBe(true);
      expect(calls.map((c) => c.url)).toEqual(['beacon']);
    });
  });
  it('fetch mode sends no cookie and no Referer', async () => {
    await withGlobals(async () => {
      expect(await sendPayload('/v', 'x', browserTransport('fetch'))).toBe(true);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer' });
    });
  });
});
