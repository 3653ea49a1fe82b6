import { describe, expect, it } from 'vitest';
import { assetKind, isShippedAsset, packageOf } from './bundle-model.js';

describe('assetKind', () => {
  it('classifies by extension, ignoring query strings', () => {
    expect(assetKind('static/chunks/a.js')).toBe('js');
    expect(assetKind('assets/index.mjs?v=1')).toBe('js');
    expect(assetKind('static/css/x.css')).toBe('css');
    expect(assetKind('static/media/logo.png')).toBe('media');
    expect(assetKind('fonts/a.woff2')).toBe('media');
    expect(assetKind('index.html')).toBe('other');
  });
});

describe('isShippedAsset', () => {
  it('drops source maps, licenses and manifests', () => {
    expect(isShippedAsset('a.js.map')).toBe(false);
    expect(isShippedAsset('a.js.LICENSE.txt')).toBe(false);
    expect(isShippedAsset('.vite/manifest.json')).toBe(false);
    expect(isShippedAsset('a.js')).toBe(true);
  });
});

describe('packageOf', () => {
  it('finds plain, scoped and pnpm-nested packages', () => {
    expect(packageOf('./node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('./node_modules/@tanstack/query-core/build/index.js')).toBe('@tanstack/query-core');
    expect(packageOf('../../node_modules/.pnpm/lodash@4.17.21/node_modules/lodash/lodash.js')).toBe('lodash');
    expect(packageOf('./src/chart.tsx')).toBeUndefined();
  });
});
