import { describe, expect, it } from 'vitest';
import { clientKeyFrom, SHARED_CLIENT_KEY } from './client-key.js';

const req = (headers: Record<string, string>) => new Request('http://127.0.0.1/', { headers });

const trusted = { trustProxy: true };

describe('clientKeyFrom', () => {
  it('ignores x-forwarded-for and x-real-ip unless trustProxy: any client can send them', () => {
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7' }))).toBe(SHARED_CLIENT_KEY);
    expect(clientKeyFrom(req({ 'x-real-ip': '198.51.100.2' }))).toBe(SHARED_CLIENT_KEY);
    expect(clientKeyFrom(req({}))).toBe('unknown');
  });

  it("uses the platform's request.ip when there is one", () => {
    const r = Object.assign(req({ 'x-forwarded-for': '6.6.6.6' }), { ip: '192.0.2.9' });
    expect(clientKeyFrom(r)).toBe('192.0.2.9');
  });

  it('with trustProxy, takes the address the trusted proxy appended (right end), then x-real-ip', () => {
    // The client forged "6.6.6.6"; the proxy appended the address it saw.
    expect(clientKeyFrom(req({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }), trusted)).toBe('203.0.113.7');
    expect(clientKeyFrom(req({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' }), { trustProxy: 2 })).toBe('203.0.113.7');
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7' }), { trustProxy: 3 })).toBe('203.0.113.7');
    expect(clientKeyFrom(req({ 'x-real-ip': '198.51.100.2' }), trusted)).toBe('198.51.100.2');
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7:5123' }), trusted)).toBe('203.0.113.7');
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7' }), { trustProxy: 0 })).toBe(SHARED_CLIENT_KEY);
  });
  it('groups IPv6 addresses by /64, however they are written', () => {
    const a = clientKeyFrom(req({ 'x-forwarded-for': '2001:db8:85a3:0:1:2:3:4' }), trusted);
    const b = clientKeyFrom(req({ 'x-forwarded-for': '2001:0db8:85a3::ffff' }), trusted);
    const c = clientKeyFrom(req({ 'x-forwarded-for': '[2001:db8:85a3:0::9]:443' }), trusted);
    expect(a).toBe('2001:db8:85a3:0::/64');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(clientKeyFrom(req({ 'x-forwarded-for': '2001:db8:85a4::1' }), trusted)).not.toBe(a);
  });
});
