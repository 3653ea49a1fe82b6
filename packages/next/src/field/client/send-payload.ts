/** How a batch leaves the page. Injected in tests; the default uses the browser's globals. */
export interface Transport {
  /** `navigator.sendBeacon`; returns false when the browser refused to queue it. */
  beacon?: (url: string, body: string) => boolean;
  /** `fetch(url, { method: 'POST', keepalive: true, … })`. */
  fetch?: (url: string, body: string) => Promise<{ ok: boolean; status: number }>;
}

/**
 * How beacons leave the browser:
 * - `beacon` (default): `navigator.sendBeacon` with a CORS-safelisted `text/plain` body, `fetch` keepalive as
 *   fallback. The browser attaches same-origin cookies and the page's `Referer` (the full URL, query string
 *   included, unless the app's `Referrer-Policy` is `origin`/`strict-origin`/`no-referrer`) to beacons.
 * - `fetch`: `fetch(..., { keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer' })` only: no
 *   cookie and no `Referer` on the wire; `sendBeacon` only where `fetch` is missing.
 */
export type TransportMode = 'beacon' | 'fetch';

/** The browser's transport for a {@link TransportMode}. */
export function browserTransport(mode: TransportMode = 'beacon'): Transport {
  const transport: Transport = {};
  const hasFetch = typeof fetch === 'function';
  if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' && (mode === 'beacon' || !hasFetch)) {
    transport.beacon = (url, body) => navigator.sendBeacon(url, body);
  }
  if (hasFetch) {
    transport.fetch = (url, body) =>
      fetch(url, {
        method: 'POST',
        body,
        keepalive: true,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      });
  }
  return transport;
}

/**
 * Sends one payload: `sendBeacon` first; when it is refused or missing, `fetch` with keepalive, retried
 * once on a network error or a 5xx/429 answer. Never throws. Resolves true when some attempt was accepted.
 */
export async function sendPayload(url: string, body: string, transport: Transport): Promise<boolean> {
  try {
    if (transport.beacon && transport.beacon(url, body)) return true;
  } catch {
    // A throwing sendBeacon (e.g. blocked by an extension) falls through to fetch.
  }
  if (!transport.fetch) return false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await transport.fetch(url, body);
      if (res.ok) return true;
      // 4xx other than 429 means the payload is bad: retrying cannot help.
      if (res.status < 500 && res.status !== 429) return false;
    } catch {
      // network error: retry once
    }
  }
  return false;
}
