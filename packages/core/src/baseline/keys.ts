import type { Measurement, Run } from '../model.js';
import type { BaselineKey } from './types.js';

/**
 * The environment key of a run: only samples with the same key are compared. Bundle runs are keyed by
 * bundler, lab runs by browser name (not version) and throttling preset, field runs by `field`; an
 * app name (monorepos) is always included.
 */
export function environmentKey(run: Pick<Run, 'source' | 'environment'>): string {
  const e = run.environment;
  const parts: string[] = [];
  if (e.app) parts.push(`app=${e.app}`);
  if (run.source === 'bundle') parts.push(`bundler=${e.bundler ?? 'unknown'}`);
  else if (run.source === 'lab') {
    if (e.browser) parts.push(`browser=${e.browser.split(/[\s/@]/)[0]?.toLowerCase() ?? e.browser}`);
    parts.push(`throttling=${e.throttling ?? 'none'}`);
  } else parts.push('field');
  return parts.join(',');
}

/** The baseline key of a measurement in a run. */
export function baselineKeyOf(run: Pick<Run, 'source' | 'environment'>, m: Pick<Measurement, 'route' | 'metric'>): BaselineKey {
  return { route: m.route, metric: m.metric, env: environmentKey(run) };
}

/** `"/dashboard LCP [throttling=desktop]"` — the string form used as the entry name in baseline.json. */
export function formatBaselineKey(key: BaselineKey): string {
  return `${key.route} ${key.metric} [${key.env}]`;
}
