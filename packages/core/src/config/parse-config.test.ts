import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.js';
import { PerfgateConfigError } from './errors.js';

describe('parseConfig', () => {
  it('fills every default from an empty object', () => {
    const c = parseConfig({}, 'perfgate.config.json');
    expect(c.storageDir).toBe('.perfgate');
    expect(c.regression).toMatchObject({ alpha: 0.01, minRelativeChange: 0.1, failOn: 'any', correction: 'holm' });
    expect(c.baseline).toEqual({ strategy: 'rolling', keepRuns: 5, maxCv: 0.1 });
    expect(c.budgets).toEqual({ routes: [], build: {} });
    expect(c.bundle.gateMetric).toBe('bundle.js.gzip');
    expect(c.lab).toEqual({ runs: 5, throttling: 'none' });
  });

  it('resolves unit strings to bytes and ms (the seed totals: 244 KB / 50 KB / 500 KB / 1 MB)', () => {
    const c = parseConfig(
      {
        budgets: {
          build: { js: { error: '244 KB' }, css: { error: '50 kB' }, media: { error: '500 KB' }, total: { warn: '900 KiB', error: '1 MB' } },
          routes: [{ match: '/campaigns/**', metrics: { LCP: { warn: '2.5s', error: 4000 }, 'bundle.js.gzip': { error: '150 kB' }, 'custom:checkout': { error: '300ms' } } }],
        },
        regression: { bundle: { maxIncreasePercent: 5, maxIncreaseBytes: '2 kB' } },
      },
      'x.json',
    );
    expect(c.budgets.build).toEqual({ js: { error: 244_000 }, css: { error: 50_000 }, media: { error: 500_000 }, total: { warn: 921_600, error: 1_000_000 } });
    expect(c.budgets.routes[0]).toEqual({
      match: ['/campaigns/**'],
      metrics: { LCP: { warn: 2500, error: 4000 }, 'bundle.js.gzip': { error: 150_000 }, 'custom:checkout': { error: 300 } },
    });
    expect(c.regression.bundle).toEqual({ maxIncreasePercent: 5, maxIncreaseBytes: 2000 });
  });

  it('names the file, the key path, the bad value and the expected form, one line each', () => {
    let err: unknown;
    try {
      parseConfig(
        {
          regression: { alpha: 2 },
          baseline: { strategy: 'sometimes' },
          budgets: { routes: [{ match: '/', metrics: { LCPP: { error: 1 }, LCP: { error: '2 kB' } } }] },
          storgeDir: 'x',
        },
        '/app/perfgate.config.ts',
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PerfgateConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('/app/perfgate.config.ts');
    expect(msg).toContain('- regression.alpha: found 2; expected a number < 1');
    expect(msg).toContain('- baseline.strategy: found "sometimes"; expected one of "rolling" | "manual" | "auto-stable"');
    expect(msg).toContain('- storgeDir: found unknown key with "x"; expected no such key');
    expect(msg).toMatch(/budgets\.routes\[0\]\.metrics\.LCPP: .*expected a metric id \(LCP, FCP/);
  });

  it('rejects a unit string of the wrong kind and warn above error', () => {
    expect(() => parseConfig({ budgets: { routes: [{ match: '/', metrics: { LCP: { error: '2 kB' } } }] } }, 'c.json')).toThrow(
      /budgets\.routes\[0\]\.metrics\.LCP\.error: found "2 kB"; expected milliseconds/,
    );
    expect(() => parseConfig({ budgets: { build: { js: { warn: 300, error: 200 } } } }, 'c.json')).toThrow(/budgets\.build\.js\.warn: found 300 \(above error 200\); expected warn <= error/);
    expect(() => parseConfig({ budgets: { routes: [{ match: '/', metrics: { CLS: { error: '1 kB' } } }] } }, 'c.json')).toThrow(/CLS\.error: .*plain number/);
  });

  it('passes the open sections through for their owners', () => {
    const c = parseConfig({ alerts: { rules: [{ type: 'greater_than' }] }, history: { retentionRuns: 100 } }, 'c.json');
    expect(c.alerts).toEqual({ rules: [{ type: 'greater_than' }] });
    expect(c.history).toEqual({ retentionRuns: 100 });
    expect(() => parseConfig({ alerts: 3 }, 'c.json')).toThrow(/alerts: found 3; expected an object/);
  });
});

describe('configJsonSchema', () => {
  it('describes every top-level key, and $schema is accepted in JSON configs', async () => {
    const { configJsonSchema } = await import('./schema.js');
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['storageDir', 'budgets', 'regression', 'baseline', 'bundle', 'lab', 'history', 'exporters', 'alerts', 'field']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(parseConfig({ $schema: './node_modules/@perfgate/core/dist/config.schema.json' }, 'c.json').storageDir).toBe('.perfgate');
  });
});

describe('parseConfig idempotence', () => {
  it('a parsed config parses to itself (adapters may pass a PerfgateConfig back as overrides)', () => {
    const once = parseConfig(
      {
        budgets: { build: { js: { error: '244 KiB' } }, routes: [{ match: '/**', metrics: { LCP: { warn: '2.5s', error: 4000 } } }] },
        regression: { bundle: { maxIncreaseBytes: '2 kB' } },
        lab: { throttling: { name: 'slow', cpuSlowdown: 4 } },
        alerts: { rules: [] },
      },
      'a',
    );
    expect(parseConfig(once, 'b')).toEqual(once);
  });
});
