import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows a burst, then the sustained rate', () => {
    let t = 0;
    const rl = createRateLimiter({ perMinute: 60, burst: 3, now: () => t });
    expect([rl.take('a'), rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([true, true, true, false]);
    expect(rl.retryAfter('a')).toBe(1);
    t += 1_000;
    expect(rl.take('a')).toBe(true);
    expect(rl.take('a')).toBe(false);
    expect(rl.take('b')).toBe(true);
  });
  it('tracks at most maxClients, forgetting the least recently seen', () => {
    const rl = createRateLimiter({ burst: 1, maxClients: 100, now: () => 0 });
    for (let i = 0; i < 10_000; i++) rl.take(`c${i}`);
    expect(rl.size).toBe(100);
    expect(rl.take('c9999')).toBe(false); // still remembered
    expect(rl.take('c0')).toBe(true); // forgotten, so a fresh bucket
  });
});
