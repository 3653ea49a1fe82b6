/**
 * Label hygiene for time-series backends: every label value perfgate emits is bounded, so one app
 * cannot create unbounded series (https://prometheus.io/docs/practices/naming/#labels).
 */

/** Longest route label (characters); longer routes are cut and marked with `…`. */
export const MAX_ROUTE_LABEL = 120;

/**
 * Normalises a route for a label: drops query and fragment, replaces ids in concrete paths (numbers,
 * UUIDs, long hex hashes) by `[id]` / `[uuid]` / `[hash]`, removes control characters, caps the length.
 * Route patterns (`/campaigns/[id]`) pass unchanged.
 */
export function routeLabel(route: string): string {
  let out = route.split(/[?#]/, 1)[0] ?? '';
  out = out
    .split('/')
    .map((seg) =>
      /^\d+$/.test(seg) ? '[id]'
      : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg) ? '[uuid]'
      : /^[0-9a-f]{16,}$/i.test(seg) ? '[hash]'
      : seg,
    )
    .join('/');
  out = out.replace(/[\u0000-\u001f\u007f]/g, '');
  if (out.length > MAX_ROUTE_LABEL) out = `${out.slice(0, MAX_ROUTE_LABEL - 1)}…`;
  return out || '/';
}

/** A metric id for a label: `[A-Za-z0-9_.:-]`, at most 64 characters. */
export function metricLabel(metric: string): string {
  return metric.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 64) || 'unknown';
}

/** A short free-form label value (app name): printable, at most 64 characters. */
export function shortLabel(value: string, fallback: string): string {
  const out = value.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 64);
  return out || fallback;
}

/**
 * A branch for a label. With an allowlist, other branches become `other` (PR branches would otherwise
 * make a new series each); `'*'` keeps every branch (capped at 100 characters).
 */
export function branchLabel(branch: string | undefined, allow: ReadonlyArray<string> | '*'): string {
  const b = shortLabel(branch ?? '', 'unknown').slice(0, 100);
  if (allow === '*' || b === 'unknown') return b;
  return allow.includes(b) ? b : 'other';
}
