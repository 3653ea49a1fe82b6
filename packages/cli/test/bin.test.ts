// Runs the built `perfgate` bin (dist/bin.js) as a subprocess on the sample data in examples/.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'bin.js');
const examples = path.join(root, 'examples');

function perfgate(args: string[], cwd = root, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', CI: 'true', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function tmp(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'perfgate-cli-'));
}

describe('perfgate --help', () => {
  it('lists the commands and exit codes; every command has --help', () => {
    const top = perfgate(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/compare\s+compare a run or report/);
    expect(top.stdout).toContain('1  a regression or a budget violation');
    for (const cmd of ['compare', 'baseline', 'report', 'analyze']) {
      const h = perfgate([cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^perfgate ${cmd} `));
      expect(h.stdout).toContain('Exit codes:');
    }
    expect(perfgate(['help', 'baseline']).stdout).toMatch(/^perfgate baseline <show\|update\|accept\|reset>/);
    expect(perfgate([]).code).toBe(2);
  });

  it('exits 2 on unknown commands, options and formats', () => {
    expect(perfgate(['frobnicate']).code).toBe(2);
    const bad = perfgate(['compare', 'a.json', 'b.json', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/perfgate compare: Unknown option '--bogus'/);
    expect(perfgate(['report', 'examples/report.json', '--format', 'pdf']).stderr).toContain('--format pdf is not one of text, md, json');
  });
});

describe('perfgate compare', () => {
  it('finds the regressions in the sample data and exits 1', () => {
    const r = perfgate(['compare', 'examples/baseline.json', 'examples/current.json', '--config', 'examples/perfgate.config.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/); // CI=true → no colour
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^perfgate · lab run pr-42/);
    expect(lines[2]).toMatch(/^REGRESSED\s+\/dashboard\s+LCP\s/);
    expect(r.stdout).toContain('↳ element: div.chart-panel > canvas');
    expect(r.stdout).toMatch(/REGRESSED\s+\/campaigns\/\[id\]\s+LCP .*3000 ms \(error: /);
    expect(r.stdout).toMatch(/^ok\s+\/\s+LCP\s/m);
    expect(r.stderr).toMatch(/perfgate: 3 failures:\n {2}✖ \/campaigns\/\[id\] LCP: \d+ ms is over its budget of 3000 ms by \d+ ms/);
  });

  it('exits 0 when nothing changed, and writes JSON that is a valid report', async () => {
    expect(perfgate(['compare', 'examples/current.json', 'examples/current.json']).code).toBe(0);
    const dir = await tmp();
    const out = path.join(dir, 'r.json');
    const r = perfgate(['compare', 'examples/baseline.json', 'examples/current.json', '--format', 'json', '--out', out]);
    expect(r.code).toBe(1);
    const json = JSON.parse(await readFile(out, 'utf8')) as { reportVersion: number; regressions: Array<{ route: string }> };
    expect(json.reportVersion).toBe(1);
    expect(json.regressions.map((v) => v.route)).toEqual(['/dashboard', '/campaigns/[id]']);
    // and `perfgate report` reads it back
    const md = perfgate(['report', out, '--format', 'md']);
    expect(md.code).toBe(1);
    expect(md.stdout.split('\n')[0]).toBe('### ❌ perfgate: 2 regressions, 0 budget errors');
  });

  it('takes a report as the baseline and warns when environments differ', async () => {
    const same = perfgate(['compare', 'examples/report.json', 'examples/current.json']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^ok\s+\/dashboard\s+LCP\s+\d+ ms\s+\d+ ms\s+\+0\.0%/m);
    const dir = await tmp();
    const current = JSON.parse(await readFile(path.join(examples, 'current.json'), 'utf8')) as { environment: { throttling: string } };
    current.environment.throttling = 'mobile';
    await writeFile(path.join(dir, 'mobile.json'), JSON.stringify(current));
    const r = perfgate(['compare', path.join(examples, 'baseline.json'), 'mobile.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('has no series for environment [browser=chromium,throttling=mobile] (it has [browser=chromium,throttling=desktop])');
    expect(r.stdout).toMatch(/^no baseline\s+\/dashboard\s+LCP/m);
  });

  it('exits 2 with a message naming the file for invalid input or config', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'bad.json'), '{"id": 1}');
    const r = perfgate(['compare', 'bad.json', path.join(examples, 'current.json')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Invalid perfgate input ${path.join(dir, 'bad.json')}: not a perfgate run`);
    await writeFile(path.join(dir, 'perfgate.config.json'), JSON.stringify({ regression: { minRelativeChange: -1 } }));
    const c = perfgate(['compare', path.join(examples, 'baseline.json'), path.join(examples, 'current.json')], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(`Invalid perfgate config in ${path.join(dir, 'perfgate.config.json')}:\n  - regression.minRelativeChange: found -1; expected a number >= 0`);
  });
});

describe('perfgate report', () => {
  it('prints the newest saved report; --exit-zero ignores failures', async () => {
    const dir = await tmp();
    await mkdir(path.join(dir, '.perfgate', 'reports'), { recursive: true });
    await copyFile(path.join(examples, 'report.json'), path.join(dir, '.perfgate', 'reports', 'lab.json'));
    const r = perfgate(['report'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^perfgate · lab run pr-42/);
    expect(perfgate(['report', '--exit-zero', '--format', 'json'], dir).code).toBe(0);
    const empty = await tmp();
    const none = perfgate(['report'], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no report JSON found');
  });
});

describe('perfgate baseline', () => {
  it('update, show, accept and reset on a real store', async () => {
    const dir = await tmp();
    const cur = path.join(examples, 'current.json');
    await mkdir(path.join(dir, '.perfgate'));
    await copyFile(path.join(examples, 'baseline.json'), path.join(dir, '.perfgate', 'baseline.json'));

    const skipped = perfgate(['baseline', 'update', cur], dir);
    expect(skipped.code).toBe(1);
    expect(skipped.stderr).toMatch(/Not recorded: rolling strategy skips regressed runs \(2 regressions\)/);

    const forced = perfgate(['baseline', 'update', cur, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/Recorded run pr-42 \(9 series\) into \.perfgate\/baseline\.json: forced\./);
    const show = perfgate(['baseline', 'show', '--metric', 'LCP'], dir);
    expect(show.code).toBe(0);
    expect(show.stdout.split('\n').filter((l) => /^\/\S*\s+LCP\s+browser=chromium,throttling=desktop\s+4\s+pr-42/.test(l))).toHaveLength(3);

    const manual = perfgate(['baseline', 'update', path.join(examples, 'report.json'), '--strategy', 'manual'], dir);
    expect(manual.code).toBe(0);
    expect(manual.stdout).toContain('.perfgate/baseline.candidate.json');
    expect(perfgate(['baseline', 'show'], dir).stdout).toContain('Pending candidate');
    const accepted = perfgate(['baseline', 'accept'], dir);
    expect(accepted.stdout).toBe('Accepted 9 series into .perfgate/baseline.json.\n');
    expect(existsSync(path.join(dir, '.perfgate', 'baseline.candidate.json'))).toBe(false);

    const noYes = perfgate(['baseline', 'reset'], dir);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('add --yes to confirm');
    const reset = perfgate(['baseline', 'reset', '--route', '/campaigns/**', '--metric', 'LCP'], dir);
    expect(reset.stdout).toBe('Removed 1 series from .perfgate/baseline.json.\n  - /campaigns/[id] LCP [browser=chromium,throttling=desktop]\n');
    expect(perfgate(['baseline', 'reset', '--yes'], dir).stdout).toMatch(/^Removed 8 series/);
    expect(perfgate(['baseline', 'show'], dir).stdout).toContain('(baseline is empty)');
  });

  it('update with a bundle run refreshes the chunk lists the "why it grew" lines compare with', async () => {
    const dir = await tmp();
    const detail = [{ file: 'static/chunks/main.js', raw: 90_000 }, { file: 'static/chunks/dash.js', raw: 30_000 }];
    const run = {
      id: 'bundle-1', startedAt: '2026-11-30T10:00:00.000Z', source: 'bundle', environment: { bundler: 'webpack' },
      measurements: [
        { route: '/dashboard', metric: 'bundle.total.raw', unit: 'bytes', samples: [120_000], attribution: { chunks: detail.map((d) => d.file), detail } },
        { route: '/dashboard', metric: 'bundle.js.gzip', unit: 'bytes', samples: [40_000] },
      ],
    };
    const file = path.join(dir, 'bundle-next-webpack.json');
    await writeFile(file, JSON.stringify(run));
    const r = perfgate(['baseline', 'update', file], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Chunk lists of 1 routes into .perfgate/baseline-chunks/bundle-next-webpack.json');
    const snapshot = JSON.parse(await readFile(path.join(dir, '.perfgate', 'baseline-chunks', 'bundle-next-webpack.json'), 'utf8'));
    expect(snapshot.routes['/dashboard']).toEqual(detail);
    // lab runs have no chunk lists
    const lab = perfgate(['baseline', 'update', path.join(examples, 'current.json'), '--force'], dir);
    expect(lab.stdout).not.toContain('Chunk lists');
  });

  it('a corrupt or newer baseline exits 2 naming the file and is left byte-identical', async () => {
    const dir = await tmp();
    await mkdir(path.join(dir, '.perfgate'));
    const file = path.join(dir, '.perfgate', 'baseline.json');
    await writeFile(file, '{ "schemaVersion": 1, "entries": ');
    const r = perfgate(['baseline', 'update', path.join(examples, 'current.json'), '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Corrupt perfgate baseline ${file}: not valid JSON`);
    expect(await readFile(file, 'utf8')).toBe('{ "schemaVersion": 1, "entries": ');
    await writeFile(file, '{"schemaVersion": 9, "entries": {}}');
    const n = perfgate(['baseline', 'reset', '--yes'], dir);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('has schemaVersion 9, but this perfgate reads up to 1');
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 9, "entries": {}}');
  });
});
