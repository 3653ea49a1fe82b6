import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAlertState, emptyAlertState, markUndelivered, readAlertState, writeAlertState } from './alert-state.js';
import type { AlertEvaluation } from './evaluate-rules.js';

const ev = (status: 'firing' | 'ok'): AlertEvaluation => ({
  fingerprint: 'r|/|LCP', rule: 'r', condition: 'greater_than', route: '/', metric: 'LCP', status, severity: 'warning',
  value: 3000, threshold: 2500, samples: 3, channels: [], summary: 's', runId: 'x',
});
const MIN = 60_000;

describe('applyAlertState', () => {
  it('sends a new alert, suppresses repeats within the window, re-sends after it, and resolves once', () => {
    const t0 = Date.UTC(2026, 10, 1);
    let step = applyAlertState(emptyAlertState(), [ev('firing')], t0, 5 * MIN);
    expect(step.notifications.map((n) => n.status)).toEqual(['firing']);
    step = applyAlertState(step.state, [ev('firing')], t0 + 4 * MIN, 5 * MIN);
    expect(step.notifications).toEqual([]);
    expect(step.suppressed).toEqual(['r|/|LCP']);
    step = applyAlertState(step.state, [ev('firing')], t0 + 6 * MIN, 5 * MIN);
    expect(step.notifications[0]).toMatchObject({ status: 'firing', startsAt: new Date(t0).toISOString() });
    step = applyAlertState(step.state, [ev('ok')], t0 + 7 * MIN, 5 * MIN);
    expect(step.notifications[0]).toMatchObject({ status: 'resolved', endsAt: new Date(t0 + 7 * MIN).toISOString() });
    step = applyAlertState(step.state, [ev('ok')], t0 + 8 * MIN, 5 * MIN);
    expect(step.notifications).toEqual([]);
    step = applyAlertState(step.state, [], t0 + 9 * MIN, 5 * MIN);
    expect(step.state.alerts['r|/|LCP']!.status).toBe('resolved');
  });

  it('an alert that was not delivered is sent again on the next run', () => {
    const t0 = Date.UTC(2026, 10, 1);
    const first = applyAlertState(emptyAlertState(), [ev('firing')], t0, 5 * MIN);
    const kept = markUndelivered(first.state, emptyAlertState(), first.notifications);
    expect(applyAlertState(kept, [ev('firing')], t0 + MIN, 5 * MIN).notifications).toHaveLength(1);
    const resolving = applyAlertState(first.state, [ev('ok')], t0 + MIN, 5 * MIN);
    const stillFiring = markUndelivered(resolving.state, first.state, resolving.notifications);
    expect(stillFiring.alerts['r|/|LCP']!.status).toBe('firing');
  });
});

describe('alert state file', () => {
  it('round-trips, and moves a corrupt file aside instead of deleting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-alerts-'));
    const file = join(dir, 'alerts-state.json');
    expect(await readAlertState(file)).toEqual(emptyAlertState());
    const { state } = applyAlertState(emptyAlertState(), [ev('firing')], 0, MIN);
    await writeAlertState(file, state);
    expect(await readAlertState(file)).toEqual(state);
    await writeFile(file, '{oops');
    const warnings: string[] = [];
    expect(await readAlertState(file, (w) => warnings.push(w))).toEqual(emptyAlertState());
    const aside = (await readdir(dir)).find((n) => n.startsWith('alerts-state.json.corrupt-'))!;
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{oops');
    expect(warnings[0]).toMatch(/moved it to/);
  });
});
