import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from './tbt.js';

describe('totalBlockingTime', () => {
  it('sums time beyond 50 ms of tasks after FCP', () => {
    const tasks = [
      { start: 10, duration: 60 }, // ends at 70, before FCP: ignored
      { start: 100, duration: 120 }, // 70
      { start: 400, duration: 50 }, // 0
      { start: 900, duration: 210 }, // 160
    ];
    const r = totalBlockingTime(tasks, 100);
    expect(r.value).toBe(230);
    expect(r.worst.map((t) => t.start)).toEqual([900, 100, 400]);
  });
  it('counts only the part after FCP of a task that straddles it, as Lighthouse does', () => {
    // 0–300 ms with FCP at 100: 200 ms after FCP → 150 ms blocking (not 250, not 0).
    expect(totalBlockingTime([{ start: 0, duration: 300 }], 100).value).toBe(150);
    // 0–130 ms with FCP at 100: 30 ms after FCP is under the 50 ms threshold → 0.
    expect(totalBlockingTime([{ start: 0, duration: 130 }], 100).value).toBe(0);
    // Ends exactly at FCP: nothing after it.
    expect(totalBlockingTime([{ start: 0, duration: 100 }], 100).value).toBe(0);
  });
  it('is 0 with no long tasks', () => {
    expect(totalBlockingTime([], 50).value).toBe(0);
  });
});
