import { describe, expect, it } from 'vitest';
import { INPUT_SETTLE_CAP_MS, installPageCollector } from './page-collector.js';

describe('installPageCollector', () => {
  it('runs with the same input settle cap that messages and docs name (it is serialized and cannot import it)', () => {
    const inPage = /const INPUT_SETTLE_CAP_MS = ([\d_e.]+)/.exec(installPageCollector.toString());
    expect(inPage, 'installPageCollector declares INPUT_SETTLE_CAP_MS').not.toBeNull();
    expect(Number(inPage![1]!.replaceAll('_', ''))).toBe(INPUT_SETTLE_CAP_MS);
  });
});
