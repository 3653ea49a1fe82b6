import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleScheduler } from './page-collector.js';

/** A browser-like global: idle callbacks run only when the test says the browser went idle. */
function fakeBrowser() {
  const pending = new Map<number, IdleRequestCallback>();
  let handle = 0;
  const win = {
    marker: 'window',
    get strict(): string {
      // like a window accessor: any other `this` is an illegal invocation
      if (this !== win) throw new TypeError('Illegal invocation');
      return 'ok';
    },
  };
  vi.stubGlobal('window', win);
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    pending.set(++handle, cb);
    return handle;
  });
  vi.stubGlobal('cancelIdleCallback', (h: number) => pending.delete(h));
  return {
    win,
    pending,
    /** The browser's idle period: runs what is still requested. */
    idle(): void {
      for (const [h, cb] of [...pending]) {
        pending.delete(h);
        cb({ didTimeout: false, timeRemaining: () => 10 });
      }
    },
  };
}

describe('createIdleScheduler', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('flush() runs the queued callbacks now, in order, as timed out, and cancels their idle requests', () => {
    const s = createIdleScheduler();
    const ran: string[] = [];
    s.requestIdle((d) => ran.push(`a:${d.didTimeout}`));
    s.requestIdle(() => ran.push('b'));
    expect(browser.pending.size).toBe(2);
    expect(s.flush()).toBe(2);
    expect(ran).toEqual(['a:true', 'b']);
    expect(browser.pending.size).toBe(0);
    browser.idle();
    expect(s.flush()).toBe(0);
    expect(ran).toEqual(['a:true', 'b']);
  });

  it('a callback the browser already ran is not run again by flush(); one queued during a flush runs in it', () => {
    const s = createIdleScheduler();
    const ran: string[] = [];
    s.requestIdle(() => ran.push('idle'));
    browser.idle();
    s.requestIdle(() => {
      ran.push('first');
      s.requestIdle(() => ran.push('queued meanwhile'));
    });
    expect(s.flush()).toBe(2);
    expect(ran).toEqual(['idle', 'first', 'queued meanwhile']);
  });

  it('cancelIdle() keeps a callback from running in either way', () => {
    const s = createIdleScheduler();
    const ran: string[] = [];
    const id = s.requestIdle(() => ran.push('x'));
    s.cancelIdle(id);
    expect(browser.pending.size).toBe(0);
    expect(s.flush()).toBe(0);
    expect(ran).toEqual([]);
  });

  it('next() resolves when a callback is queued', async () => {
    const s = createIdleScheduler();
    let woke = false;
    const waiting = s.next().then(() => (woke = true));
    await Promise.resolve();
    expect(woke).toBe(false);
    s.requestIdle(() => undefined);
    await waiting;
    expect(woke).toBe(true);
  });

  it('scope: requestIdleCallback and cancelIdleCallback are the scheduler, everything else the real window', () => {
    const s = createIdleScheduler();
    const scope = s.scope as unknown as Record<string, unknown>;
    expect(scope.requestIdleCallback).toBe(s.requestIdle);
    expect(scope.cancelIdleCallback).toBe(s.cancelIdle);
    expect('requestIdleCallback' in scope).toBe(true);
    expect(scope.marker).toBe('window');
    expect(scope.strict).toBe('ok');
    scope.added = 1;
    expect((browser.win as Record<string, unknown>).added).toBe(1);
  });

  it('without requestIdleCallback the scope leaves it out, and callbacks still run (setTimeout) or flush', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const s = createIdleScheduler();
    expect((s.scope as unknown as Record<string, unknown>).requestIdleCallback).toBeUndefined();
    const ran: string[] = [];
    s.requestIdle(() => ran.push('timer'));
    await new Promise((r) => setTimeout(r, 5));
    s.requestIdle(() => ran.push('flushed'));
    expect(s.flush()).toBe(1);
    expect(ran).toEqual(['timer', 'flushed']);
  });
});
