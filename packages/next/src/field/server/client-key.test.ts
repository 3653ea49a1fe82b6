import { describe, expect, it } from 'vitest';
import { clientKeyFrom } from './client-key.js';

const req = (headers: Record<string, string>) => new Request('http://127.0.0.1/', { headers });

describe('clientKeyFrom', () => {
  it('takes the first forwarded address, then x-real-ip', () => {
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientKeyFrom(req({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientKeyFrom(req({}))).toBe('unknown');
    expect(clientKeyFrom(req({ 'x-forwarded-for': '203.0.113.7:5123' }))).toBe('203.0.113.7');
  });
  it('groups IPv6 addresses by /64, however they are written', () => {
    const a = clientKeyFrom(req({ 'x-forwarded-for': '2001:db8:85a3:0:1:2:3:4' }));
    const b = clientKeyFrom(req({ 'x-forwarded-for': '2001:0db8:85a3::ffff' }));
    const c = clientKeyFrom(req({ 'x-forwarded-for': '[2001:db8:85a3:0::9]:443' }));
    expect(a).toBe('2001:db8:85a3:0::/64');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(clientKeyFrom(req({ 'x-forwarded-for': '2001:db8:85a4::1' }))).not.toBe(a);
  });
});
