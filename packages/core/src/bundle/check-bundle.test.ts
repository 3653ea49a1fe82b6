import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle } from './check-bundle.js';
import type { BundleModel } from './bundle-model.js';

const saved = process.env.PERFGATE_UPDATE_BASELINE;
afterEach(() => {
  if (saved === undefined) delete process.env.PERFGATE_UPDATE_BASELINE;
  else process.env.PERFGATE_UPDATE_BASELINE = saved;
});

describe('checkBundle and PERFGATE_UPDATE_BASELINE', () => {
  it('=1 follows the strategy (a regressed build is not recorded); =force records it, chunk lists included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-check-bundle-'));
    const model: BundleModel = { outputDir: dir, routes: [{ route: '/', files: ['main.js'] }] };
    const options = { cwd: dir, bundler: 'webpack', overrides: { storageDir: join(dir, '.perfgate') }, log: () => {} };
    await writeFile(join(dir, 'main.js'), 'x'.repeat(10_000));
    expect((await checkBundle(model, { ...options, updateBaseline: true })).files.some((f) => f.endsWith('baseline.json'))).toBe(true);

    // 10 kB of incompressible growth: a regression of bundle.js.raw and .gzip.
    await writeFile(join(dir, 'main.js'), 'x'.repeat(10_000) + Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''));
    process.env.PERFGATE_UPDATE_BASELINE = '1';
    const skipped = await checkBundle(model, options);
    expect(skipped.exitCode).toBe(1);
    expect(skipped.files.some((f) => f.endsWith('baseline.json'))).toBe(false);

    process.env.PERFGATE_UPDATE_BASELINE = 'force';
    const forced = await checkBundle(model, options);
    expect(forced.files.some((f) => f.endsWith('baseline.json'))).toBe(true);
    expect(forced.files.some((f) => f.endsWith(join('baseline-chunks', 'bundle-webpack.json')))).toBe(true);
    delete process.env.PERFGATE_UPDATE_BASELINE;
    expect((await checkBundle(model, options)).exitCode).toBe(0); // the forced build is the baseline now
  });
});
