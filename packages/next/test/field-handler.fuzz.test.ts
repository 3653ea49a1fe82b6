/**
 * Fuzz test of the field ingest (`createVitalsHandler`) with fast-check: random and hostile payloads
 * never crash it, are never stored, and memory stays flat under a flood of distinct clients and routes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run } from '@perfgate/core';
import { createVitalsHandler } from '../src/field/server/vitals-handler.js';
import { parseBeacon } from '../src/field/server/payload-schema.js';
import { FIELD_METRICS } from '../src/field/protocol.js';

const CONTENT_TYPES = ['application/json', 'text/plain;charset=UTF-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'APPLICATION/JSON', 'text/html'];

const post = (body: string | Uint8Array<ArrayBuffer>, contentType: string, ip = '127.0.0.1') =>
  new Request('http://127.0.0.1/api/vitals', { method: 'POST', body, headers: { ...(contentType ? { 'content-type': contentType } : {}), 'x-forwarded-for': ip } });

/** Beacon-shaped objects with something wrong in them: the payloads an attacker would craft. */
const hostileObject = fc.oneof(
  fc.record({ v: fc.oneof(fc.constant(1), fc.anything()), r: fc.string(), m: fc.anything() }),
  fc.record({ v: fc.constant(1), r: fc.constantFrom('/a?id=1', 'https://evil.test/', '/a/../../etc', '/<script>', '/a b', '', '/'.repeat(300), '__proto__'), m: fc.constant([['LCP', 1]]) }),
  fc.record({ v: fc.constant(1), r: fc.constant('/x'), m: fc.array(fc.tuple(fc.constantFrom(...FIELD_METRICS, 'FID', '__proto__', 'constructor'), fc.oneof(fc.double(), fc.constant(-0.5), fc.constant(1e308), fc.string()), fc.anything()), { maxLength: 30 }) }),
  fc.record({ v: fc.constant(1), r: fc.constant('/x'), m: fc.constant([['LCP', 1]]), uid: fc.string() }),
  fc.constant({ __proto__: { polluted: true }, v: 1, r: '/', m: [['LCP', 1]] }),
);

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((j) => JSON.stringify(j)),
  fc.anything().map((a) => { try { return JSON.stringify(a) ?? 'undefined'; } catch { return String(typeof a); } }),
  hostileObject.map((o) => JSON.stringify(o)),
  fc.constantFrom('{"__proto__":{"polluted":1},"v":1,"r":"/","m":[["LCP",1]]}', '{"constructor":{"prototype":{"polluted":1}}}', '['.repeat(2000), '{"v":1,"r":"/","m":[["LCP",1e999]]}', '{"v":1,"r":"/","m":[["LCP",NaN]]}', '\uFEFF{}', ''),
);

/** Is this text an acceptable beacon (the ground truth the handler must agree with)? */
const isValid = (text: string) => parseBeacon(text).ok;

describe('field ingest fuzz (fast-check)', () => {
  it('never crashes, answers with a known status, and stores nothing from invalid payloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileText, fc.constantFrom(...CONTENT_TYPES)), { minLength: 1, maxLength: 20 }), async (requests) => {
        const stored: Run[] = [];
        const errors: unknown[] = [];
        const h = createVitalsHandler({ config: false, rateLimit: false, history: { appendRun: (r) => stored.push(r) }, onError: (e) => errors.push(e) });
        let validEntries = 0;
        for (const [text, type] of requests) {
          const req = post(text, type);
          // A string body without a type is sent as text/plain by the Request constructor, as browsers do.
          const sentType = req.headers.get('content-type') ?? '';
          const res = await h(req);
          expect([204, 400, 413, 415]).toContain(res.status);
          const typeOk = ['application/json', 'text/plain'].includes(sentType.split(';')[0]!.toLowerCase());
          const valid = typeOk && new TextEncoder().encode(text).byteLength <= 4096 && isValid(text);
          expect(res.status === 204).toBe(valid);
          if (res.status !== 204) expect(typeof ((await res.json()) as { error: unknown }).error).toBe('string');
          if (valid) validEntries += (JSON.parse(text) as { m: unknown[] }).m.length;
        }
        await h.flush();
        h.close();
        const storedEntries = stored.flatMap((r) => r.measurements).reduce((n, m) => n + ((m.attribution?.field as { count: number }).count), 0);
        expect(storedEntries).toBe(validEntries);
        expect(errors).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200, seed: 8 },
    );
  });

  it('rejects arbitrary bytes and never stores them', async () => {
    const stored: Run[] = [];
    const h = createVitalsHandler({ config: false, rateLimit: false, history: { appendRun: (r) => stored.push(r) } });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 6000 }), fc.constantFrom(...CONTENT_TYPES), async (bytes, type) => {
        const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        const res = await h(post(bytes as Uint8Array<ArrayBuffer>, type));
        if (res.status === 204) expect(isValid(text)).toBe(true);
        else expect([400, 413, 415]).toContain(res.status);
      }),
      { numRuns: 300, seed: 80 },
    );
    await h.flush();
    h.close();
    expect(stored).toEqual([]);
  });

  it('keeps memory flat under a flood of distinct clients, routes and hostile bodies', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const h = createVitalsHandler({ config: false, maxSeries: 200, maxSamples: 100, rateLimit: { maxClients: 1_000, burst: 5 } });
    const rng = fc.sample(hostileText, { numRuns: 500, seed: 3 });
    let i = 0;
    const round = async () => {
      for (let k = 0; k < 2_500; k++, i++) {
        const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        const body = k % 2 === 0 ? JSON.stringify({ v: 1, r: `/r${i}`, m: [['LCP', i % 5000], ['INP', 100]] }) : rng[k % rng.length]!;
        await h(post(body, 'application/json', ip));
      }
    };
    await round();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let r = 0; r < 4; r++) await round();
    gc();
    const after = process.memoryUsage().heapUsed;
    const s = h.stats();
    h.close();
    expect(s.openSeries).toBeLessThanOrEqual(200);
    expect(s.trackedClients).toBeLessThanOrEqual(1_000);
    expect(s.dropped + s.openSeries).toBeGreaterThan(0);
    // 10 000 more requests from 10 000 new clients on 10 000 new routes: bounded maps keep growth small.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  });
});
