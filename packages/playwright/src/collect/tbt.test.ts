import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from './tbt.js';

describe('totalBlockingTime', () => {
  it('sums time beyond 50 ms of tasks starting at or after FCP', () => {
    const tasks = [
      { start: 10, duration: 300 }, // before FCP: ignored
      { start: 100, duration: 120 }, // 70
      { start: 400, duration: 50 }, // 0
      { start: 900, duration: 210 }, // 160
    ];
    const r = totalBlockingTime(tasks, 100);
    expect(r.value).toBe(230);
    expect(r.worst.map((t) => t.start)).toEqual([900, 100, 400]);
  });
  it('is 0 with no long tasks', () => {
    expect(totalBlockingTime([], 50).value).toBe(0);
  });
});
