/**
 * The rate-limit key of a request: the first `x-forwarded-for` address (set by Vercel and most proxies),
 * else `x-real-ip`, else one shared key. IPv6 addresses are cut to their /64 prefix, since one client
 * usually owns a whole /64 and could otherwise rotate addresses past the limit.
 * Used only in memory, never stored or logged.
 */
export function clientKeyFrom(req: Request): string {
  const fwd = req.headers.get('x-forwarded-for')?.split(',', 1)[0]?.trim();
  const ip = fwd || req.headers.get('x-real-ip')?.trim();
  return ip ? normalizeAddress(ip.slice(0, 64)) : 'unknown';
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
