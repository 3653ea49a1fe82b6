/** Result of {@link readLimitedBody}. */
export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; reason: string };

/**
 * Reads a request body as UTF-8 text, stopping as soon as it exceeds `maxBytes` (bytes) — a lying or
 * missing Content-Length cannot make the server buffer more. Never throws.
 */
export async function readLimitedBody(req: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    return { ok: false, status: 413, reason: `body larger than ${maxBytes} bytes` };
  }
  if (!req.body) return { ok: false, status: 400, reason: 'empty body' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        return { ok: false, status: 413, reason: `body larger than ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, status: 400, reason: 'body could not be read' };
  }
  if (total === 0) return { ok: false, status: 400, reason: 'empty body' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, reason: 'body is not valid UTF-8' };
  }
}
