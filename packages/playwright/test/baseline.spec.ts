/**
 * toMatchBaseline on real Chromium with a recorded baseline: passes an unchanged page, fails a
 * regressed one (the parser blocked 400 ms before the body), and fails a single perf.collect() as
 * inconclusive with the fix instead of passing it silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileBaselineStore } from '@perfgate/core';
import { runOf } from '@perfgate/playwright';
import { test, expect } from './fixtures.js';

// perfgate.config defaults (storageDir .perfgate) in a directory of this file's own.
const storage = mkdtempSync(join(tmpdir(), 'perfgate-baseline-spec-'));
test.use({ perfOptions: { configDir: storage } });
test.afterAll(() => rmSync(storage, { recursive: true, force: true }));

const matcherError = async (check: Promise<unknown>): Promise<string> => {
  try {
    await check;
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

test('toMatchBaseline: passes an unchanged page, fails a regressed one, fails one collect() as inconclusive', async ({ page, perf }) => {
  const baseline = await perf.sample('/baseline', { runs: 8 });
  await new FileBaselineStore({ dir: join(storage, '.perfgate'), keepRuns: 5 }).record(runOf(baseline), { force: true });

  const unchanged = await perf.sample('/baseline', { runs: 8 });
  await expect(unchanged).toMatchBaseline();

  const regressed = await perf.sample('/baseline?block=400', { runs: 8 });
  expect(regressed.route).toBe('/baseline');
  const message = await matcherError(expect(regressed).toMatchBaseline());
  expect(message).toMatch(/FCP\s+\d[\d,]* ms \(n=8\)\s+\d+ ms\s+\+\d+\.\d% \[.*\]\s+[\d.]+\s+regressed/);
  expect(message).toMatch(/LCP\s+.*regressed/);

  // The headline example: one collect() is 1 sample — inconclusive, and the test is told so.
  await page.goto('/baseline');
  const one = await perf.collect();
  const inconclusive = await matcherError(expect(one).toMatchBaseline());
  expect(inconclusive).toContain('FAIL: ');
  expect(inconclusive).toContain('1 sample (one perf.collect()); use perf.sample(url | flow, { runs: 5 })');
  // Allowed explicitly: passes, and says so in a test annotation.
  await expect(one).toMatchBaseline({ allowInconclusive: true });
  expect(test.info().annotations.some((a) => a.type === 'perfgate' && a.description?.includes('inconclusive, not checked'))).toBe(true);
});
