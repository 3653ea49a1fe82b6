import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';
import { PerfgateConfigError } from './errors.js';

async function dir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'perfgate-config-'));
}

describe('loadConfig', () => {
  it('returns defaults when there is no config file', async () => {
    const cwd = await dir();
    const loaded = await loadConfig({ cwd, env: {} });
    expect(loaded.file).toBeUndefined();
    expect(loaded.rootDir).toBe(cwd);
    expect(loaded.config.storageDir).toBe('.perfgate');
  });

  it('loads a TypeScript config with jiti', async () => {
    const cwd = await dir();
    await writeFile(
      path.join(cwd, 'perfgate.config.ts'),
      `type Cfg = { storageDir: string; baseline: { keepRuns: number } };\nconst c: Cfg = { storageDir: 'perf', baseline: { keepRuns: 3 } };\nexport default c;\n`,
    );
    const loaded = await loadConfig({ cwd, env: {} });
    expect(loaded.file).toBe(path.join(cwd, 'perfgate.config.ts'));
    expect(loaded.config.storageDir).toBe('perf');
    expect(loaded.config.baseline.keepRuns).toBe(3);
  });

  it('reads an edited TypeScript config again (the transpile cache is keyed by content)', async () => {
    const cwd = await dir();
    const file = path.join(cwd, 'perfgate.config.ts');
    await writeFile(file, `const keepRuns: number = 3;\nexport default { baseline: { keepRuns } };\n`);
    expect((await loadConfig({ cwd, env: {} })).config.baseline.keepRuns).toBe(3);
    await writeFile(file, `const keepRuns: number = 7;\nexport default { baseline: { keepRuns } };\n`);
    expect((await loadConfig({ cwd, env: {} })).config.baseline.keepRuns).toBe(7);
  });

  it('loads .mjs and .json, honours PERFGATE_CONFIG and deep-merges overrides', async () => {
    const cwd = await dir();
    await writeFile(path.join(cwd, 'perfgate.config.mjs'), `export default { baseline: { keepRuns: 7 } };\n`);
    await writeFile(path.join(cwd, 'other.json'), JSON.stringify({ baseline: { keepRuns: 9, strategy: 'manual' } }));
    expect((await loadConfig({ cwd, env: {} })).config.baseline.keepRuns).toBe(7);
    const viaEnv = await loadConfig({ cwd, env: { PERFGATE_CONFIG: 'other.json' }, overrides: { baseline: { keepRuns: 2 } } });
    expect(viaEnv.config.baseline).toMatchObject({ keepRuns: 2, strategy: 'manual' });
  });

  it('an invalid file throws PerfgateConfigError naming it and leaves it unchanged', async () => {
    const cwd = await dir();
    const file = path.join(cwd, 'perfgate.config.json');
    const text = '{ "baseline": { "keepRuns": 0 } }\n';
    await writeFile(file, text);
    await expect(loadConfig({ cwd, env: {} })).rejects.toThrow(PerfgateConfigError);
    await expect(loadConfig({ cwd, env: {} })).rejects.toThrow(`${file}:\n  - baseline.keepRuns: found 0; expected a number >= 1`);
    expect(await readFile(file, 'utf8')).toBe(text);
    await writeFile(file, '{ nope');
    await expect(loadConfig({ cwd, env: {} })).rejects.toThrow(/invalid JSON/);
  });

  it('a PERFGATE_CONFIG that does not exist is an error, not silent defaults', async () => {
    const cwd = await dir();
    await expect(loadConfig({ cwd, env: { PERFGATE_CONFIG: 'missing.ts' } })).rejects.toThrow(/PERFGATE_CONFIG: found "missing.ts"/);
  });
});
