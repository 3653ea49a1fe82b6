/**
 * The rate-limit key of a request: the first `x-forwarded-for` address (set by Vercel and most proxies),
 * else `x-real-ip`, else one shared key. Used only in memory, never stored or logged.
 */
export function clientKeyFrom(req: Request): string {
  const fwd = req.headers.get('x-forwarded-for');
  const first = fwd?.split(',', 1)[0]?.trim();
  if (first) return first.slice(0, 64);
  const real = req.headers.get('x-real-ip')?.trim();
  return real ? real.slice(0, 64) : 'unknown';
}
