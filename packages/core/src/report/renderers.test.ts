import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { renderText } from './render-text.js';
import { renderMarkdown } from './render-markdown.js';
import { renderJson } from './render-json.js';
import { parseReport, readPerfgateInput, ReportFileError } from './read-report.js';
import { shouldUseColor } from './color.js';
import { parseConfig } from '../config/parse-config.js';
import type { Measurement, Run } from '../model.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const config = parseConfig({ budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { error: '150 kB' } } }] } }, 'test');
const run: Run = {
  id: 'r1',
  startedAt: '2026-01-01T00:00:00.000Z',
  source: 'bundle',
  git: { sha: '0123456789abcdef' },
  environment: { bundler: 'turbopack' },
  measurements: [
    { route: '/', metric: 'bundle.js.gzip', unit: 'bytes', samples: [90_000] },
    { route: '/a|<b>', metric: 'bundle.js.gzip', unit: 'bytes', samples: [200_000], attribution: { chunks: [{ file: 'chunks/big.js', delta: 70_000 }], packages: ['chart.js'] } },
  ],
};
const lookup = (m: Measurement) => (m.route === '/' ? [[90_000]] : [[130_000]]);
const report = buildReport(run, { config, baseline: lookup, now: new Date('2026-01-01T00:01:00Z') });

describe('renderText', () => {
  it('prints a table with failures first, attribution and the summary; no ANSI when colour is off', () => {
    const text = renderText(report, { color: false });
    expect(text).not.toMatch(/\u001b\[/);
    const lines = text.split('\n');
    expect(lines[0]).toBe('perfgate · bundle run r1 · 0123456789');
    expect(lines[1]).toMatch(/^status\s+route\s+metric\s+value\s+baseline\s+change\s+budget$/);
    expect(lines[2]).toMatch(/^REGRESSED\s+\/a\|<b>\s+bundle\.js\.gzip\s+200\.0 kB\s+130\.0 kB\s+\+53\.8% \(\+70\.0 kB\) critical\s+150\.0 kB \(error: 200\.0 kB\)$/);
    expect(lines[3]).toBe('    ↳ culprit chunks: chunks/big.js +70.0 kB');
    expect(lines[4]).toBe('    ↳ packages added: chart.js');
    expect(lines[5]).toMatch(/^ok\s+\/\s+bundle\.js\.gzip\s+90\.0 kB\s+90\.0 kB\s+\+0\.0% \(\+0 B\)\s+150\.0 kB$/);
    expect(text).toContain('✖ 1 regression, 1 budget error, 0 budget warnings, 0 improved, 2 checked (severity critical)');
    expect(text).toContain('Recommendations');
  });

  it('uses ANSI colour only when asked', () => {
    expect(renderText(report, { color: true })).toMatch(/\u001b\[31m/);
  });

  it('shouldUseColor: TTY only, never with CI or NO_COLOR', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('renderMarkdown', () => {
  it('puts regressions first with attribution, escapes route names and folds passing rows', () => {
    const md = renderMarkdown(report);
    expect(md.split('\n')[0]).toBe('### ❌ perfgate: 1 regression, 1 budget error');
    const failIdx = md.indexOf('/a\\|&lt;b&gt;');
    const details = md.indexOf('<details><summary>1 other check</summary>');
    expect(failIdx).toBeGreaterThan(0);
    expect(details).toBeGreaterThan(failIdx);
    expect(md).not.toContain('<b>');
    expect(md).toContain('- **/a\\|&lt;b&gt; bundle.js.gzip** — culprit chunks: chunks/big.js +70.0 kB; packages added: chart.js');
  });

  it('shows an inconclusive comparison as n/a with its reason, not as +0.0%, and rounds attribution numbers', () => {
    const lab: Run = {
      id: 'lab1', startedAt: '2026-01-01T00:00:00.000Z', source: 'lab', environment: {},
      measurements: [{
        route: '/', metric: 'TTFB', unit: 'ms', samples: [2033, 2040],
        attribution: { waitingDuration: 2042.899999999965, cacheDuration: 0.30000000000000004, ratio: 0.0512345, navigationType: 'navigate', a: 1, b: 2, c: 3 },
      }],
    };
    const r = buildReport(lab, { config: parseConfig({ budgets: { routes: [{ match: '/**', metrics: { TTFB: { error: 1000 } } }] } }, 'test'), baseline: () => [[111, 112, 110]] });
    const v = r.verdicts[0]!;
    expect(v.comparison?.verdict).toBe('inconclusive');
    const md = renderMarkdown(r);
    expect(md).not.toContain('+0.0%');
    expect(md).toContain('| 🔴 | / | TTFB | 2037 ms | 111 ms | n/a (fewer than 5 samples) | 1000 ms (error: 2038 ms) |');
    expect(md).toContain('waitingDuration: 2043 ms; cacheDuration: 0 ms; ratio: 0.0512; navigationType: navigate; … 3 more in the JSON report');
    expect(md).not.toContain('2042.89');
    const text = renderText(r, { color: false });
    expect(text).toMatch(/n\/a \(fewer than 5 samples\)/);
    expect(text).not.toContain('+0.0%');
  });

  it('says so in one line when everything passes', () => {
    const passing = buildReport({ ...run, measurements: [run.measurements[0] as Measurement] }, { config, baseline: lookup });
    expect(renderMarkdown(passing).split('\n')[0]).toBe('### ✅ perfgate: no regressions (1 checked)');
  });
});

describe('renderJson + parseReport', () => {
  it('round-trips a report', () => {
    const json = renderJson(report);
    expect(JSON.parse(json).reportVersion).toBe(1);
    expect(parseReport(JSON.parse(json), 'r.json')).toEqual(report);
  });

  it('rejects an invalid report naming the file and the field', async () => {
    const bad = { ...JSON.parse(renderJson(report)), hasRegressions: 'yes' };
    expect(() => parseReport(bad, 'r.json')).toThrow(ReportFileError);
    expect(() => parseReport(bad, 'r.json')).toThrow(/Invalid perfgate input r\.json: not a perfgate report \(hasRegressions: /);
    const dir = await mkdtemp(path.join(tmpdir(), 'perfgate-report-'));
    const file = path.join(dir, 'x.json');
    await writeFile(file, '{');
    await expect(readPerfgateInput(file)).rejects.toThrow(/not valid JSON/);
    await writeFile(file, JSON.stringify(run));
    expect((await readPerfgateInput(file)).kind).toBe('run');
  });
});
