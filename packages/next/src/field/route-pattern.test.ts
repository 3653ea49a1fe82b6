import { describe, expect, it } from 'vitest';
import { isIdLikeSegment, toRoutePattern } from './route-pattern.js';

describe('toRoutePattern', () => {
  it('replaces dynamic segments with their param names', () => {
    expect(toRoutePattern('/campaigns/123', { id: '123' })).toBe('/campaigns/[id]');
    expect(toRoutePattern('/orgs/acme/campaigns/summer', { org: 'acme', slug: 'summer' })).toBe('/orgs/[org]/campaigns/[slug]');
  });
  it('turns catch-all params into [...name]', () => {
    expect(toRoutePattern('/docs/a/b/c', { path: ['a', 'b', 'c'] })).toBe('/docs/[...path]');
  });
  it('matches decoded param values against encoded segments', () => {
    expect(toRoutePattern('/tags/caf%C3%A9', { tag: 'café' })).toBe('/tags/[tag]');
  });
  it('drops query strings and fragments', () => {
    expect(toRoutePattern('/search?q=secret#x', {})).toBe('/search');
  });
  it('keeps static segments and the root', () => {
    expect(toRoutePattern('/', {})).toBe('/');
    expect(toRoutePattern('/about/team', null)).toBe('/about/team');
  });
  it('hides id-like segments no param explains', () => {
    expect(toRoutePattern('/users/42/settings')).toBe('/users/[id]/settings');
    expect(toRoutePattern('/o/3f2b8c1e-1a2b-4c3d-8e9f-0123456789ab')).toBe('/o/[id]');
  });
  it('recognises ids but not words', () => {
    expect(isIdLikeSegment('507f1f77bcf86cd799439011')).toBe(true);
    expect(isIdLikeSegment('V1StGXR8_Z5jdHi6B-myT2')).toBe(true);
    expect(isIdLikeSegment('campaigns')).toBe(false);
    expect(isIdLikeSegment('getting-started-with-perfgate')).toBe(false);
  });
});
