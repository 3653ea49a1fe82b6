import { describe, expect, it } from 'vitest';
import { sendPayload } from './send-payload.js';

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
