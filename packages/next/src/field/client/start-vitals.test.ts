import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricWithAttribution } from 'web-vitals/attribution';
import { startVitals, type WebVitalsApi } from './start-vitals.js';

type Listener = () => void;
let listeners: Map<string, Set<Listener>>;
const g = globalThis as Record<string, unknown>;

beforeEach(() => {
  listeners = new Map();
  g.window = globalThis;
  g.document = { visibilityState: 'visible' };
  g.addEventListener = (t: string, l: Listener) => (listeners.get(t) ?? listeners.set(t, new Set()).get(t)!).add(l);
  g.removeEventListener = (t: string, l: Listener) => listeners.get(t)?.delete(l);
});
afterEach(() => {
  for (const k of ['window', 'document', 'addEventListener', 'removeEventListener']) delete g[k];
});

const fire = (type: string) => listeners.get(type)?.forEach((l) => l());
const hide = () => {
  (g.document as { visibilityState: string }).visibilityState = 'hidden';
  fire('visibilitychange');
};

function fakeVitals() {
  const cbs: Record<string, (m: MetricWithAttribution) => void> = {};
  const api = Object.fromEntries(['onLCP', 'onFCP', 'onCLS', 'onINP', 'onTTFB'].map((k) => [k, (cb: (m: MetricWithAttribution) => void) => { cbs[k.slice(2)] = cb; }])) as unknown as WebVitalsApi;
  const emit = (name: string, value: number, id = `v-${name}`) => cbs[name]!({ name, value, id, rating: 'good', attribution: {} } as unknown as MetricWithAttribution);
  return { api, emit };
}

describe('startVitals', () => {
  it('sends one beacon per page on hide, each metric instance once', async () => {
    const { api, emit } = fakeVitals();
    const sent: string[] = [];
    startVitals({ endpoint: '/api/vitals', route: '/c/[id]', loadWebVitals: async () => api, transport: { beacon: (_u, b) => (sent.push(b), true) } });
    await new Promise((r) => setTimeout(r, 0));
    emit('TTFB', 80.4);
    emit('LCP', 1500);
    emit('CLS', 0.01);
    emit('CLS', 0.02); // a later change of the same instance before the page is hidden wins
    hide();
    emit('CLS', 0.03); // same instance reported again on a later hide: ignored
    hide();
    expect(sent.map((b) => JSON.parse(b))).toEqual([{ v: 1, r: '/c/[id]', m: [['TTFB', 80], ['LCP', 1500], ['CLS', 0.02]] }]);
  });
  it('does nothing, not even loading web-vitals, for unsampled page views', async () => {
    let loaded = false;
    startVitals({ endpoint: '/v', route: '/', sampleRate: 0.1, random: () => 0.5, loadWebVitals: async () => { loaded = true; return fakeVitals().api; } });
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded).toBe(false);
    expect(listeners.get('visibilitychange')?.size ?? 0).toBe(0);
  });
  it('stops listening when stopped', async () => {
    const { api } = fakeVitals();
    const stop = startVitals({ endpoint: '/v', route: '/', loadWebVitals: async () => api, transport: {} });
    expect(listeners.get('pagehide')?.size).toBe(1);
    stop();
    expect(listeners.get('pagehide')?.size).toBe(0);
  });
  it('survives a web-vitals chunk that fails to load', async () => {
    startVitals({ endpoint: '/v', route: '/', loadWebVitals: () => Promise.reject(new Error('ChunkLoadError')), transport: {} });
    await new Promise((r) => setTimeout(r, 0));
    hide();
  });
});

describe('startVitals on navigation away', () => {
  it('waits for visibilitychange when pagehide comes first while visible (Chromium order)', async () => {
    const { api, emit } = fakeVitals();
    const sent: string[] = [];
    startVitals({ endpoint: '/v', route: '/', loadWebVitals: async () => api, transport: { beacon: (_u, b) => (sent.push(b), true) } });
    await new Promise((r) => setTimeout(r, 0));
    emit('FCP', 300);
    fire('pagehide');
    expect(sent).toEqual([]);
    emit('INP', 72); // reported by web-vitals in its capture-phase visibilitychange listener
    hide();
    expect(sent.map((b) => JSON.parse(b).m)).toEqual([[['FCP', 300], ['INP', 72]]]);
  });
});
