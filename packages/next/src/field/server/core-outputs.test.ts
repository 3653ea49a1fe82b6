import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileHistoryStore, type Run } from '@perfgate/core';
import { alertRecordOf, createCoreOutputs } from './core-outputs.js';

const windowRun = (i: number): Run => ({
  id: `field-${i}`,
  startedAt: new Date(Date.UTC(2026, 10, 1) + i * 300_000).toISOString(),
  source: 'field',
  environment: {},
  measurements: [{ route: '/', metric: 'LCP', unit: 'ms', samples: [1000 + i, 1200 + i, 3000 + i] }],
});

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

describe('createCoreOutputs', () => {
  it('applies history retention to field windows (per source: lab runs stay)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfgate-core-outputs-'));
    dirs.push(dir);
    const store = new FileHistoryStore({ dir: join(dir, '.perfgate/history'), warn: () => {} });
    await store.appendRun({ ...windowRun(0), id: 'lab-0', source: 'lab' });
    const errors: unknown[] = [];
    const output = createCoreOutputs({ config: { history: { retentionRuns: 4 } }, rootDir: dir, onError: (e) => errors.push(e), log: () => {} });
    for (let i = 1; i <= 20; i++) await output(windowRun(i));
    expect(errors).toEqual([]);
    const runs = await store.readRuns();
    expect(runs.filter((r) => r.source === 'lab').map((r) => r.runId)).toEqual(['lab-0']);
    const field = runs.filter((r) => r.source === 'field');
    expect(field.length).toBeGreaterThanOrEqual(4);
    expect(field.length).toBeLessThanOrEqual(5); // retentionRuns + 10% (at least 1) before a compaction
    expect(field.at(-1)!.runId).toBe('field-20');
  });

  it('keeps only summaries of the windows it holds for alert rules', () => {
    const record = alertRecordOf(windowRun(1));
    expect(record.points[0]!.samples).toEqual([]);
    expect(record.points[0]!.summary).toMatchObject({ n: 3, median: 1201, max: 3001 });
  });
});
