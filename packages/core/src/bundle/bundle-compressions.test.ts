import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/index.js';
import { bundleCompressions } from './bundle-compressions.js';

describe('bundleCompressions', () => {
  it('measures raw and gzip by default, no brotli nobody reads', () => {
    expect(bundleCompressions(parseConfig({}, 'test'))).toEqual(['raw', 'gzip']);
    const gzipBudget = parseConfig({ budgets: { routes: [{ match: '/**', metrics: { 'bundle.js.gzip': { error: '100 kB' } } }] } }, 'test');
    expect(bundleCompressions(gzipBudget)).toEqual(['raw', 'gzip']);
  });

  it('adds brotli when a route budget or the gate metric names a brotli metric', () => {
    const budget = parseConfig({ budgets: { routes: [{ match: '/a', metrics: { 'bundle.total.brotli': { error: '300 kB' } } }] } }, 'test');
    expect(bundleCompressions(budget)).toEqual(['raw', 'gzip', 'brotli']);
    const gate = parseConfig({ bundle: { gateMetric: 'bundle.js.brotli' } }, 'test');
    expect(bundleCompressions(gate)).toEqual(['raw', 'gzip', 'brotli']);
  });

  it('uses an explicit bundle.compression as given', () => {
    expect(bundleCompressions(parseConfig({ bundle: { compression: ['raw', 'brotli'] } }, 'test'))).toEqual(['raw', 'brotli']);
  });
});
