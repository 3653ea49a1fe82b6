import { describe, expect, it } from 'vitest';
import { parseBeacon } from './payload-schema.js';

const body = (b: unknown) => JSON.stringify(b);

describe('parseBeacon', () => {
  it('accepts a well-formed beacon', () => {
    const r = parseBeacon(body({ v: 1, r: '/campaigns/[id]', m: [['LCP', 1830], ['INP', 312, 'button.save']] }));
    expect(r).toEqual({ ok: true, beacon: { v: 1, r: '/campaigns/[id]', m: [['LCP', 1830], ['INP', 312, 'button.save']] } });
  });
  it.each([
    ['not json', '{', 'body is not valid JSON'],
    ['unknown version', body({ v: 2, r: '/', m: [['LCP', 1]] }), 'v:'],
    ['query string in route', body({ v: 1, r: '/a?user=1', m: [['LCP', 1]] }), 'r:'],
    ['full URL', body({ v: 1, r: 'https://x.test/a', m: [['LCP', 1]] }), 'r:'],
    ['dot segments', body({ v: 1, r: '/a/../b', m: [['LCP', 1]] }), 'r:'],
    ['unknown metric', body({ v: 1, r: '/', m: [['FID', 1]] }), 'm.0'],
    ['negative value', body({ v: 1, r: '/', m: [['LCP', -1]] }), 'm.0'],
    ['absurd CLS', body({ v: 1, r: '/', m: [['CLS', 1e6]] }), 'm.0'],
    ['extra key (user id)', body({ v: 1, r: '/', m: [['LCP', 1]], user: 'u1' }), 'body'],
    ['no entries', body({ v: 1, r: '/', m: [] }), 'm:'],
    ['too many entries', body({ v: 1, r: '/', m: Array.from({ length: 21 }, () => ['LCP', 1]) }), 'm:'],
    ['control chars in target', body({ v: 1, r: '/', m: [['LCP', 1, 'a\u0000b']] }), 'm.0'],
    ['array body', body([1, 2]), 'body'],
  ])('rejects %s with a reason', (_name, text, where) => {
    const r = parseBeacon(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.startsWith(where)).toBe(true);
  });
});
