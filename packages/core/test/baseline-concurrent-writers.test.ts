// Starts two real Node processes that record runs into the same baseline at the same time.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const jitiCli = path.join(path.dirname(createRequire(import.meta.url).resolve('jiti/package.json')), 'lib', 'jiti-cli.mjs');

function writer(dir: string, prefix: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [jitiCli, path.join(here, 'fixtures', 'record-runs.ts'), dir, prefix, String(count)], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

describe('FileBaselineStore with two writer processes', () => {
  it('loses no run when two processes record at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'perfgate-concurrent-'));
    const codes = await Promise.all([writer(dir, 'a', 15), writer(dir, 'b', 15)]);
    expect(codes).toEqual([0, 0]);
    const data = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8')) as { entries: Record<string, { runs: Array<{ id: string }> }> };
    const ids = Object.values(data.entries).flatMap((e) => e.runs.map((r) => r.id)).sort();
    const expected = ['a', 'b'].flatMap((p) => Array.from({ length: 15 }, (_, i) => `${p}-${i}`)).sort();
    expect(ids).toEqual(expected);
  });
});
