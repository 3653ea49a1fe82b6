import { redact } from './redact.js';

/** Options of {@link sendWithRetry}. */
export interface SendOptions {
  method?: 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** Per-attempt timeout (ms). Default 5000. */
  timeoutMs?: number;
  /** Retries after the first attempt (network error, timeout, 5xx, 429). Default 2. */
  retries?: number;
  /** First backoff (ms), doubled each retry. Default 250. */
  backoffMs?: number;
  /** Largest backoff (ms). Default 5000. */
  maxBackoffMs?: number;
  /** Values never to print (URLs, tokens); redacted from `error`. */
  secrets?: ReadonlyArray<string | undefined>;
  /** Aborts all attempts (e.g. the build is shutting down). */
  signal?: AbortSignal;
}

/** What {@link sendWithRetry} did. Never contains a secret. */
export interface SendResult {
  ok: boolean;
  /** HTTP status of the last response, when one came. */
  status?: number;
  attempts: number;
  /** Why the last attempt failed (secrets redacted). */
  error?: string;
  /** Response body of the last attempt (first 2000 chars). */
  body?: string;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

/**
 * Sends `body` with the global `fetch`, each attempt bounded by `timeoutMs` (AbortSignal), retrying
 * network errors, timeouts, 5xx and 429 with exponential backoff. Never throws and never waits longer
 * than `(retries + 1) × timeoutMs` plus the backoffs, so a down or slow receiver cannot hang a build.
 */
export async function sendWithRetry(url: string, body: string, options: SendOptions = {}): Promise<SendResult> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = Math.max(0, options.retries ?? 2);
  const backoff = options.backoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 5000;
  const secrets = [url, ...(options.secrets ?? [])];
  let result: SendResult = { ok: false, attempts: 0 };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (options.signal?.aborted) return { ...result, error: result.error ?? 'aborted before sending' };
    const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
    try {
      const response = await fetch(url, {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body,
        signal: AbortSignal.any(signals),
      });
      const text = (await response.text().catch(() => '')).slice(0, 2000);
      result = { ok: response.ok, status: response.status, attempts: attempt + 1, body: redact(text, secrets) };
      if (response.ok) return result;
      result.error = `HTTP ${response.status} ${redact(response.statusText, secrets)}`.trim();
      if (response.status < 500 && response.status !== 429) return result;
    } catch (error) {
      result = { ok: false, attempts: attempt + 1, error: redact(describe(error, timeoutMs), secrets) };
    }
    if (attempt < retries) await sleep(Math.min(backoff * 2 ** attempt, maxBackoff), options.signal);
  }
  return result;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
    if (error.name === 'AbortError') return 'aborted';
    const cause = (error as Error & { cause?: unknown }).cause;
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : '';
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
