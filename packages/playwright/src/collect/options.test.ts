import { describe, expect, it } from 'vitest';
import { resolvePerfOptions } from './options.js';

describe('resolvePerfOptions', () => {
  it('fills defaults', () => {
    expect(resolvePerfOptions(undefined)).toMatchObject({ throttling: { name: 'none' }, api: {}, measures: [], settleTimeoutMs: 3000 });
  });
  it('rejects bad runs naming the key', () => {
    expect(() => resolvePerfOptions({ runs: 0 })).toThrow(/perfOptions.runs is 0/);
  });
});
