import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// @perfgate/vite may not depend on @perfgate/webpack, so it carries a copy of the bundler-independent
// bundle model. This test keeps the copy honest until the model moves into @perfgate/core.
describe('shared bundle model copy', () => {
  it('is identical to packages/webpack/src (after the two-line header)', async () => {
    const here = new URL('./', import.meta.url);
    const files = (await readdir(here)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const copy = (await readFile(new URL(f, here), 'utf8')).split('\n').slice(2).join('\n');
      const original = await readFile(new URL(`../../../webpack/src/${f}`, here), 'utf8');
      expect({ f, copy }).toEqual({ f, copy: original });
    }
  });
});
