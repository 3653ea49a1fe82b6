/** Options of {@link clientKeyFrom}. */
export interface ClientKeyOptions {
  /**
   * Trust `x-forwarded-for` / `x-real-ip`: `false` (default) ignores them, since any client can send
   * them; `true` trusts one proxy in front of the app (Vercel, nginx, a load balancer), a number that
   * many proxies (count). The address used is the one the outermost trusted proxy saw: counted from
   * the right of `x-forwarded-for`, because proxies append, so the left end is whatever the client sent.
   */
  trustProxy?: boolean | number;
}

/** The key all requests share when no address can be trusted: the rate limit is then one global limit. */
export const SHARED_CLIENT_KEY = 'unknown';

/**
 * The rate-limit key of a request. Without `trustProxy`: the platform's client address when the request
 * carries one (`request.ip`, set by some hosts), else {@link SHARED_CLIENT_KEY} — Next's `Request` does not
 * expose the socket address, so all clients then share one bucket (a global limit, never a spoofable one).
 * With `trustProxy`: the address the trusted proxy appended to `x-forwarded-for`, else `x-real-ip`.
 * IPv6 addresses are cut to their /64 prefix, since one client usually owns a whole /64 and could
 * otherwise rotate addresses past the limit. Used only in memory, never stored or logged.
 */
export function clientKeyFrom(req: Request, options: ClientKeyOptions = {}): string {
  const hops = options.trustProxy === true ? 1 : typeof options.trustProxy === 'number' ? Math.max(0, Math.floor(options.trustProxy)) : 0;
  let ip: string | undefined;
  if (hops > 0) {
    const chain = (req.headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    ip = chain.length > 0 ? chain[Math.max(0, chain.length - hops)] : req.headers.get('x-real-ip')?.trim() || undefined;
  }
  if (!ip) {
    const platform = (req as Request & { ip?: unknown }).ip;
    if (typeof platform === 'string' && platform.trim()) ip = platform.trim();
  }
  return ip ? normalizeAddress(ip.slice(0, 64)) : SHARED_CLIENT_KEY;
}

function normalizeAddress(ip: string): string {
  const bare = ip.replace(/^\[|\](:\d+)?$/g, '');
  if (!bare.includes(':') || /^[\d.]+:\d+$/.test(bare)) return bare.replace(/:\d+$/, ''); // IPv4, maybe with a port
  const [head = '', tail = ''] = bare.toLowerCase().split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = bare.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':') + '::/64';
}
