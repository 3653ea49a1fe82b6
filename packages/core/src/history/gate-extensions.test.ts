import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../config/index.js';
import { runGate, unregisterGateExtension } from '../gate/index.js';
import { FileHistoryStore } from './file-history-store.js';
import { registerHistoryExtensions } from './gate-extensions.js';
import type { Run } from '../model.js';

/** A small lab run for tests (not exported from the package). */
function makeRun(i: number, overrides: Partial<Run> = {}, lcp = 1000 + i): Run {
  return {
    id: `run-${i}`,
    startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    source: 'lab',
    git: { sha: `sha${i}`, branch: 'main' },
    environment: { browser: 'chromium', throttling: 'desktop' },
    measurements: [
      { route: '/', metric: 'LCP', unit: 'ms', samples: [lcp, lcp + 10, lcp - 10] },
      { route: '/campaigns/[id]', metric: 'bundle.js.gzip', unit: 'bytes', samples: [120_000 + i] },
    ],
    ...overrides,
  };
}


afterEach(() => {
  unregisterGateExtension('format', 'html');
  unregisterGateExtension('hook', 'perfgate-history');
});

describe('registerHistoryExtensions', () => {
  it('makes runGate append each run to the history, write the HTML report and evaluate alerts', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'perfgate-gate-history-'));
    registerHistoryExtensions();
    const config = parseConfig({
      history: { retentionRuns: 3 },
      alerts: { rules: [{ name: 'slow', metric: 'LCP', condition: 'greater_than', threshold: 500, minSamples: 1, window: 1 }] },
    }, 'test');
    const logs: string[] = [];
    const lineIds = async (): Promise<string[]> => {
      const historyFiles = (await readdir(join(cwd, '.perfgate/history'))).filter((n) => n.endsWith('.jsonl'));
      return (await readFile(join(cwd, '.perfgate/history', historyFiles[0]!), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).runId);
    };
    for (let i = 0; i < 4; i++) await runGate(makeRun(i), { cwd, config, rootDir: cwd, log: (l) => logs.push(l), env: {} });
    expect(await lineIds()).toEqual(['run-0', 'run-1', 'run-2', 'run-3']); // within retention + 10% (at least 1)
    await runGate(makeRun(4), { cwd, config, rootDir: cwd, log: (l) => logs.push(l), env: {} });
    expect(await lineIds()).toEqual(['run-2', 'run-3', 'run-4']);
    const html = await readFile(join(cwd, '.perfgate/reports/lab.html'), 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('id="chart-');
    const state = JSON.parse(await readFile(join(cwd, '.perfgate/alerts-state.json'), 'utf8'));
    expect(state.alerts['slow|/|LCP'].status).toBe('firing');
  });

  it('reads the history once per gate, only its newest part, shared by the HTML report and the alert rules', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'perfgate-gate-once-'));
    registerHistoryExtensions();
    const config = parseConfig({ alerts: { rules: [{ name: 'slow', metric: 'LCP', condition: 'greater_than', threshold: 1008.5, minSamples: 1, window: 1 }] } }, 'test');
    const store = new FileHistoryStore({ dir: join(cwd, '.perfgate/history') });
    for (let i = 0; i < 3; i++) await store.appendRun(makeRun(i));
    const readRuns = vi.spyOn(FileHistoryStore.prototype, 'readRuns');
    const readNewest = vi.spyOn(FileHistoryStore.prototype, 'readNewest');
    try {
      await runGate(makeRun(3), { cwd, config, rootDir: cwd, log: false, env: {} });
      expect(readRuns).not.toHaveBeenCalled();
      expect(readNewest).toHaveBeenCalledTimes(1);
      expect(readNewest.mock.calls[0]![0]).toEqual({ limits: { lab: 200, field: 288 }, stopAfter: 'lab' });
      // The alert rule saw the run just appended (LCP p75 1008 → ok), then the next one (1009 → firing).
      let state = JSON.parse(await readFile(join(cwd, '.perfgate/alerts-state.json'), 'utf8'));
      expect(state.alerts).toEqual({});
      await runGate(makeRun(4), { cwd, config, rootDir: cwd, log: false, env: {} });
      state = JSON.parse(await readFile(join(cwd, '.perfgate/alerts-state.json'), 'utf8'));
      expect(state.alerts['slow|/|LCP'].status).toBe('firing');
      expect(readNewest).toHaveBeenCalledTimes(2);
    } finally {
      readRuns.mockRestore();
      readNewest.mockRestore();
    }
  });

  it('marks change points only on trends that move by at least the metric floor (a bundle drifting by bytes is not searched)', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'perfgate-gate-cp-'));
    registerHistoryExtensions();
    const config = parseConfig({}, 'test');
    const store = new FileHistoryStore({ dir: join(cwd, '.perfgate/history') });
    // LCP steps +40% (400 ms, over its 50 ms floor) at run 6; the bundle grows 1 byte per run (under its 1 KB floor).
    for (let i = 0; i < 12; i++) await store.appendRun(makeRun(i, {}, i < 6 ? 1000 : 1400));
    await runGate(makeRun(12, {}, 1400), { cwd, config, rootDir: cwd, log: false, env: {} });
    const html = await readFile(join(cwd, '.perfgate/reports/lab.html'), 'utf8');
    const card = (route: string) => new RegExp(`<span class="route">${route.replace(/[[\]/]/g, '\\$&')}</span> · [^<]+</h3><div class="plot"[^>]*></div>(<ul class="cps">|<p class="muted">no change point)`).exec(html)?.[1];
    expect(card('/')).toBe('<ul class="cps">');
    expect(card('/campaigns/[id]')).toBe('<p class="muted">no change point');
  });

  it("shows the latest field windows' p75 (same history, source 'field') next to the lab and bundle values", async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'perfgate-gate-field-'));
    registerHistoryExtensions();
    const config = parseConfig({}, 'test');
    const store = new FileHistoryStore({ dir: join(cwd, '.perfgate/history') });
    for (const [i, lcp] of [[0, [4000, 4200]], [1, [1800, 1900, 2000, 2600]]] as const) {
      await store.appendRun({
        id: `field-${i}`, startedAt: new Date(Date.UTC(2026, 10, 1) + i * 300_000).toISOString(), source: 'field', environment: {},
        measurements: [{ route: '/', metric: 'LCP', unit: 'ms', samples: [...lcp] }, { route: '/campaigns/[id]', metric: 'INP', unit: 'ms', samples: [150, 600] }],
      });
    }
    await runGate(makeRun(2), { cwd, config, rootDir: cwd, log: false, env: {} });
    const html = await readFile(join(cwd, '.perfgate/reports/lab.html'), 'utf8');
    expect(html).toContain('<th>field p75</th>');
    expect(html).toMatch(/<td>LCP<\/td><td class="num">1002 ms<\/td><td class="num field"[^>]*><span class="rate-good">2150 ms<\/span><span class="sub">n=4 · 75% good · 25% NI · 0% poor<\/span>/);
    await runGate(makeRun(3, { source: 'bundle', environment: { bundler: 'webpack' } }), { cwd, config, rootDir: cwd, log: false, env: {} });
    const bundle = await readFile(join(cwd, '.perfgate/reports/bundle.html'), 'utf8');
    expect(bundle).toMatch(/<td class="route">\/campaigns\/\[id\]<\/td><td>INP<\/td><td class="num"><span class="rate-ni">[^<]+<\/span>/);
  });
});
