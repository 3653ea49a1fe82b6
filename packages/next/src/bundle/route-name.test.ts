import { describe, expect, it } from 'vitest';
import { appRouteName, isAppPage, isPagesRoute, segmentDirs } from './route-name.js';

describe('appRouteName', () => {
  it('drops route groups, parallel slots and the trailing /page', () => {
    expect(appRouteName('/page')).toBe('/');
    expect(appRouteName('/(marketing)/about/page')).toBe('/about');
    expect(appRouteName('/blog/[slug]/page')).toBe('/blog/[slug]');
    expect(appRouteName('/dashboard/@modal/settings/page')).toBe('/dashboard/settings');
    expect(appRouteName('/shop/[...path]/page')).toBe('/shop/[...path]');
  });
});

describe('isAppPage / isPagesRoute', () => {
  it('keeps pages, drops route handlers, the global error page and Pages Router internals', () => {
    expect(isAppPage('/dashboard/page')).toBe(true);
    expect(isAppPage('/api/items/route')).toBe(false);
    expect(isAppPage('/sitemap.xml/route')).toBe(false);
    expect(isAppPage('/_global-error/page')).toBe(false);
    expect(isPagesRoute('/legacy')).toBe(true);
    expect(isPagesRoute('/_app')).toBe(false);
    expect(isPagesRoute('/_document')).toBe(false);
  });
});

describe('segmentDirs', () => {
  it('lists the layout chain root first', () => {
    expect(segmentDirs('/page')).toEqual(['']);
    expect(segmentDirs('/(marketing)/about/page')).toEqual(['', '(marketing)', '(marketing)/about']);
  });
});
