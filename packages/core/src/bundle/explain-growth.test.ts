import { describe, expect, it } from 'vitest';
import { explainGrowth, formatGrowth } from './explain-growth.js';

describe('explainGrowth', () => {
  it('names the chunks and packages that entered the first load', () => {
    const before = [
      { file: 'runtime-1.js', raw: 1000, gzip: 500 },
      { file: 'page-1.js', raw: 2000, gzip: 900, packages: ['react'] },
    ];
    const now = [
      { file: 'runtime-1.js', raw: 1000, gzip: 500 },
      { file: 'page-2.js', raw: 2500, gzip: 1100, packages: ['react'] },
      { file: 'vendor-9.js', raw: 90000, gzip: 30000, packages: ['lodash'], modules: ['./src/chart.js'] },
    ];
    const g = explainGrowth(now, before);
    expect(g.added.map((c) => c.file)).toEqual(['vendor-9.js', 'page-2.js']);
    expect(g.removed.map((c) => c.file)).toEqual(['page-1.js']);
    expect(g.newPackages).toEqual(['lodash']);
    const line = formatGrowth(g);
    expect(line).toContain('entered: vendor-9.js (+30.0 kB gzip; lodash, ./src/chart.js)');
    expect(line).toContain('left: page-1.js (-900 B gzip)');
    expect(line).toContain('new packages: lodash');
  });

  it('says so when the same chunks only grew', () => {
    const c = [{ file: 'a.js', raw: 1 }];
    expect(formatGrowth(explainGrowth(c, c))).toMatch(/same chunks/);
  });
});
