import { describe, expect, it } from 'vitest';
import { createVitalsBatch } from './vitals-batch.js';

describe('createVitalsBatch', () => {
  it('sends all entries of a page as one beacon and empties the buffer', () => {
    const sent: string[] = [];
    const batch = createVitalsBatch({ route: '/a/[id]', send: (b) => sent.push(b) });
    batch.add(['LCP', 1200]);
    batch.add(['CLS', 0.05]);
    batch.flush();
    batch.flush();
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).toEqual({ v: 1, r: '/a/[id]', m: [['LCP', 1200], ['CLS', 0.05]] });
    expect(batch.size).toBe(0);
  });
  it('keeps the latest value per metric and caps the buffer', () => {
    const sent: string[] = [];
    const batch = createVitalsBatch({ route: '/', maxEntries: 2, send: (b) => sent.push(b) });
    batch.add(['CLS', 0.01]);
    batch.add(['CLS', 0.2]);
    batch.add(['LCP', 900]);
    batch.add(['INP', 80]);
    batch.flush();
    expect(JSON.parse(sent[0]!).m).toEqual([['CLS', 0.2], ['LCP', 900]]);
  });
});
