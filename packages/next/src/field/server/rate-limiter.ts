/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Sustained beacons per client per minute (count/min). Default 30. */
  perMinute?: number;
  /** Beacons a client may send at once before the sustained rate applies (count). Default 10. */
  burst?: number;
  /** Most clients tracked at once (count); the least recently seen is forgotten first. Default 10 000. */
  maxClients?: number;
  /** Clock (ms since epoch). Default `Date.now`. */
  now?: () => number;
}

/** A per-client token bucket whose memory is bounded by `maxClients`, whatever the traffic. */
export interface RateLimiter {
  /** Takes one token for `key`; false when the client is over its rate. */
  take(key: string): boolean;
  /** Seconds until `key` has a token again (s, ≥ 1). */
  retryAfter(key: string): number;
  /** Clients currently tracked (count). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Creates a bounded per-client token-bucket limiter. */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const perMs = (options.perMinute ?? 30) / 60_000;
  const burst = options.burst ?? 10;
  const maxClients = Math.max(1, options.maxClients ?? 10_000);
  const now = options.now ?? Date.now;
  // Map keeps insertion order: re-inserting on use makes the first key the least recently seen.
  const buckets = new Map<string, Bucket>();

  const refill = (key: string): Bucket => {
    const t = now();
    const b = buckets.get(key);
    if (!b) return { tokens: burst, at: t };
    buckets.delete(key);
    return { tokens: Math.min(burst, b.tokens + Math.max(0, t - b.at) * perMs), at: t };
  };

  return {
    take(key) {
      const b = refill(key);
      const ok = b.tokens >= 1;
      if (ok) b.tokens -= 1;
      buckets.set(key, b);
      while (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value as string;
        buckets.delete(oldest);
      }
      return ok;
    },
    retryAfter(key) {
      const b = buckets.get(key);
      if (!b || b.tokens >= 1 || perMs <= 0) return 1;
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    },
    get size() {
      return buckets.size;
    },
  };
}
