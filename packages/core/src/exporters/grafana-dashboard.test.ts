import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROMETHEUS_FAMILIES } from './pushgateway.js';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/grafana/perfgate-dashboard.json');

describe('docs/grafana/perfgate-dashboard.json', () => {
  it('queries only series and labels the Pushgateway exporter writes', () => {
    const dash = JSON.parse(readFileSync(file, 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }>; templating: { list: Array<{ query: unknown }> } };
    const exprs = [
      ...dash.panels.flatMap((p) => p.targets.map((t) => t.expr)),
      ...dash.templating.list.map((v) => (typeof v.query === 'object' && v.query ? (v.query as { query: string }).query : '')),
    ];
    expect(exprs.length).toBeGreaterThan(8);
    const families = new Set(exprs.flatMap((e) => e.match(/perfgate_[a-z0-9_]+/g) ?? []));
    for (const f of families) expect(Object.keys(PROMETHEUS_FAMILIES)).toContain(f);
    const labels = new Set(exprs.flatMap((e) => [...e.matchAll(/([a-z_]+)\s*(?:=~|=|!=)\s*"/g)].map((m) => m[1])));
    const grouped = new Set(exprs.flatMap((e) => [...e.matchAll(/by \(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()))));
    for (const l of [...labels, ...grouped]) expect(['app', 'branch', 'source', 'route', 'metric']).toContain(l);
  });

  it('has a source variable and filters every panel by it (bundle, lab and field series share names)', () => {
    const dash = JSON.parse(readFileSync(file, 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }>; templating: { list: Array<{ name: string; query: unknown }> } };
    const source = dash.templating.list.find((v) => v.name === 'source');
    expect((source?.query as { query: string } | undefined)?.query).toMatch(/label_values\(perfgate_[a-z_0-9]+\{[^}]*\}, source\)/);
    for (const expr of dash.panels.flatMap((p) => p.targets.map((t) => t.expr))) expect(expr).toContain('source=~"$source"');
  });
});
