/**
 * Route patterns instead of raw URLs, so field data is grouped like lab data (`/campaigns/[id]`)
 * and no identifier or query string ever leaves the browser or reaches storage.
 */

/** Route params as Next's `useParams()` returns them. */
export type RouteParams = Record<string, string | string[] | undefined>;

const ID_LIKE = [
  /^\d+$/, // numeric ids
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^[0-9a-f]{16,}$/i, // long hex (hashes, Mongo ids)
  /^(?=.*\d)[A-Za-z0-9_-]{20,}$/, // long opaque tokens with digits (nanoid, cuid)
];

/** True when a path segment looks like an identifier rather than a fixed name. */
export function isIdLikeSegment(segment: string): boolean {
  return ID_LIKE.some((re) => re.test(segment));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Turns a pathname into its route pattern using the route's params
 * (`/campaigns/123` + `{ id: '123' }` → `/campaigns/[id]`; catch-alls become `[...slug]`).
 * Segments no param explains but that look like ids are replaced with `[id]` as a safety net.
 * Query strings and fragments are dropped.
 */
export function toRoutePattern(pathname: string, params?: RouteParams | null): string {
  const path = pathname.split(/[?#]/, 1)[0] ?? '/';
  const segments = path.split('/').filter((s) => s.length > 0);
  const out: string[] = [];
  const used = new Set<string>();
  const entries = Object.entries(params ?? {});
  for (let i = 0; i < segments.length; i++) {
    const decoded = safeDecode(segments[i] as string);
    let replaced = false;
    for (const [name, value] of entries) {
      if (used.has(name) || value === undefined) continue;
      if (typeof value === 'string' && value === decoded) {
        out.push(`[${name}]`);
        used.add(name);
        replaced = true;
        break;
      }
      if (Array.isArray(value) && value.length > 0 && value[0] === decoded) {
        const rest = segments.slice(i, i + value.length).map(safeDecode);
        if (rest.length === value.length && rest.every((s, k) => s === value[k])) {
          out.push(`[...${name}]`);
          used.add(name);
          i += value.length - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push(isIdLikeSegment(decoded) ? '[id]' : (segments[i] as string));
  }
  return '/' + out.join('/');
}
