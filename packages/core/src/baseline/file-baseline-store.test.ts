import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileBaselineStore } from './file-baseline-store.js';
import { BaselineFileError, BaselineSchemaError } from './errors.js';
import type { Run, RunReport } from '../model.js';

async function dir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'perfgate-baseline-'));
}

function run(id: string, day: number, lcp: number[], extra: Partial<Run> = {}): Run {
  return {
    id,
    startedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
    source: 'lab',
    git: { sha: `sha${id}` },
    environment: { browser: 'chromium 156', throttling: 'desktop' },
    measurements: [
      { route: '/b', metric: 'LCP', unit: 'ms', samples: lcp },
      { route: '/a', metric: 'CLS', unit: 'unitless', samples: [0, 0, 0.01] },
    ],
    ...extra,
  };
}

const regressedReport = (r: Run): RunReport => ({
  timestamp: r.startedAt,
  run: r,
  verdicts: [],
  hasRegressions: true,
  hasBudgetErrors: false,
  severity: 'critical',
  regressions: [{ route: '/b', metric: 'LCP', unit: 'ms' }],
  recommendations: [],
});

describe('FileBaselineStore', () => {
  it('keeps the last K runs per series, sorted and pretty-printed for review', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, keepRuns: 2 });
    for (let i = 1; i <= 3; i++) await store.record(run(`r${i}`, i, [100 * i, 110 * i]));
    await store.read();
    expect(store.samplesFor({ route: '/b', metric: 'LCP', env: 'browser=chromium,throttling=desktop' })).toEqual([
      [200, 220],
      [300, 330],
    ]);
    expect(store.samplesFor({ route: '/b', metric: 'LCP', env: 'browser=chromium,throttling=mobile' })).toEqual([]);
    const text = await readFile(store.file, 'utf8');
    expect(text).toContain('"samples": [300, 330]');
    const keys = Object.keys((JSON.parse(text) as { entries: object }).entries);
    expect(keys).toEqual(['/a CLS [browser=chromium,throttling=desktop]', '/b LCP [browser=chromium,throttling=desktop]']);
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,\n {2}"entries": \{/);
    // Writing the same content again is byte-identical (stable order).
    await store.record(run('r3', 3, [300, 330]));
    expect(await readFile(store.file, 'utf8')).toBe(text);
    expect(store.lookupFor(run('x', 9, []))({ route: '/b', metric: 'LCP', unit: 'ms', samples: [] })).toHaveLength(2);
  });

  it('drops runs older than maxAgeDays before the newest and never stores empty samples', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, keepRuns: 10, maxAgeDays: 3 });
    for (const day of [1, 2, 5, 6]) await store.record(run(`d${day}`, day, [day]));
    await store.record(run('empty', 7, [Number.NaN]));
    await store.read();
    expect(store.samplesFor({ route: '/b', metric: 'LCP', env: 'browser=chromium,throttling=desktop' })).toEqual([[5], [6]]);
  });

  it('a corrupt file raises BaselineFileError naming it and stays byte-identical', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d });
    await mkdir(d, { recursive: true });
    const corrupt = '{ "schemaVersion": 1, "entries": {\n<<<<<<< HEAD\n';
    await writeFile(store.file, corrupt);
    await expect(store.read()).rejects.toBeInstanceOf(BaselineFileError);
    await expect(store.record(run('r1', 1, [1]), { force: true })).rejects.toThrow(`Corrupt perfgate baseline ${store.file}: not valid JSON`);
    await expect(store.reset()).rejects.toBeInstanceOf(BaselineFileError);
    expect(await readFile(store.file, 'utf8')).toBe(corrupt);
    const wrongShape = JSON.stringify({ schemaVersion: 1, entries: { k: { route: '/', metric: 'LCP', env: 'x', unit: 'ms', runs: [{ id: 1 }] } } });
    await writeFile(store.file, wrongShape);
    await expect(store.record(run('r1', 1, [1]))).rejects.toThrow(/entries\.k\.runs\.0\.id/);
    expect(await readFile(store.file, 'utf8')).toBe(wrongShape);
    expect(existsSync(store.lockFile)).toBe(false);
  });

  it('a newer schema raises BaselineSchemaError naming it and stays byte-identical', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d });
    const newer = JSON.stringify({ schemaVersion: 2, series: [] }, null, 2);
    await writeFile(store.file, newer);
    await expect(store.record(run('r1', 1, [1]))).rejects.toBeInstanceOf(BaselineSchemaError);
    await expect(store.read()).rejects.toThrow(`${store.file} has schemaVersion 2, but this perfgate reads up to 1`);
    expect(await readFile(store.file, 'utf8')).toBe(newer);
  });

  it('rolling skips regressed runs unless forced', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, strategy: 'rolling' });
    const r = run('r1', 1, [1]);
    const res = await store.record(r, { report: regressedReport(r) });
    expect(res).toMatchObject({ recorded: false, target: 'none' });
    expect(res.reason).toMatch(/skips regressed runs \(1 regression\)/);
    expect(existsSync(store.file)).toBe(false);
    expect(await store.record(r, { report: regressedReport(r), force: true })).toMatchObject({ recorded: true, target: 'baseline' });
  });

  it('rolling skips an anomalous run: spread far above the baseline runs and above maxCv', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, strategy: 'rolling', maxCv: 0.1 });
    for (let i = 1; i <= 3; i++) expect((await store.record(run(`r${i}`, i, [100, 102, 98, 101]))).recorded).toBe(true);
    const noisy = await store.record(run('noisy', 4, [100, 250, 90, 300]));
    expect(noisy.recorded).toBe(false);
    expect(noisy.reason).toMatch(/skips anomalous runs: \/b LCP spread CV 0\.\d+ > 3× the baseline's 0\.0\d+/);
    expect((await store.record(run('noisy', 4, [100, 250, 90, 300]), { force: true })).recorded).toBe(true);
  });

  it('manual writes a candidate that accept promotes', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, strategy: 'manual' });
    await store.record(run('r1', 1, [10]));
    const res = await store.record(run('r2', 2, [20]));
    expect(res).toMatchObject({ recorded: true, target: 'candidate', file: store.candidateFile });
    expect(existsSync(store.file)).toBe(false);
    expect(Object.values((await store.readCandidate()).entries).map((e) => e.runs.map((x) => x.id))).toEqual([['r2'], ['r2']]);
    const keys = await store.accept();
    expect(keys).toHaveLength(2);
    expect(existsSync(store.candidateFile)).toBe(false);
    await store.read();
    expect(store.samplesFor({ route: '/b', metric: 'LCP', env: 'browser=chromium,throttling=desktop' })).toEqual([[20]]);
  });

  it('auto-stable records only passing runs with a spread in range', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d, strategy: 'auto-stable', maxCv: 0.1 });
    const noisy = await store.record(run('r1', 1, [100, 300, 100]));
    expect(noisy.recorded).toBe(false);
    expect(noisy.reason).toMatch(/\/b LCP spread CV 0\.\d+ > maxCv 0\.1/);
    const stable = run('r2', 2, [100, 101, 102]);
    stable.measurements = stable.measurements.slice(0, 1);
    expect((await store.record(stable)).recorded).toBe(true);
    expect((await store.record(stable, { report: regressedReport(stable) })).recorded).toBe(false);
  });

  it('pools the samples of several measurements of one series in a run', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d });
    const r = run('r1', 1, [1, 2]);
    r.measurements.push({ route: '/b', metric: 'LCP', unit: 'ms', samples: [3, 4] });
    const res = await store.record(r);
    expect(res.keys).toHaveLength(2);
    await store.read();
    expect(store.samplesFor({ route: '/b', metric: 'LCP', env: 'browser=chromium,throttling=desktop' })).toEqual([[1, 2, 3, 4]]);
  });

  it('reset removes series by route glob and metric', async () => {
    const d = await dir();
    const store = new FileBaselineStore({ dir: d });
    await store.record(run('r1', 1, [1]));
    expect(await store.reset({ metric: 'LCP', route: '/**' })).toEqual(['/b LCP [browser=chromium,throttling=desktop]']);
    expect(Object.keys((await store.read()).entries)).toEqual(['/a CLS [browser=chromium,throttling=desktop]']);
    expect(await store.reset()).toHaveLength(1);
  });
});
