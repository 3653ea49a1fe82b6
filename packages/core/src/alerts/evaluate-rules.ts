import { median, mean } from 'simple-statistics';
import { getMetric } from '../metrics.js';
import type { Severity } from '../model.js';
import type { HistoryRecord } from '../history/record.js';
import { parseDuration } from '../history/duration.js';
import type { AlertRule } from './config.js';
import { robustZ } from './robust-z.js';
import { seriesByRoute } from './series.js';
import type { SeriesValue } from './series.js';

/** The outcome of one rule on one route (only series with enough values are evaluated). */
export interface AlertEvaluation {
  /** Stable identity: rule name, route and metric. */
  fingerprint: string;
  rule: string;
  condition: AlertRule['condition'];
  route: string;
  metric: string;
  status: 'firing' | 'ok';
  severity: Severity;
  /** The value tested (metric's unit): the window aggregate, the latest value, or the rise for continuous_increase. */
  value: number;
  /** The limit it was tested against (metric's unit; relative for continuous_increase; z for anomaly). */
  threshold: number;
  /** Values in the window. */
  samples: number;
  /** Robust z of the latest value (anomaly only, unitless). */
  zScore?: number;
  channels: string[];
  /** One line for humans; contains only route, metric and numbers. */
  summary: string;
  /** Run id of the newest value evaluated. */
  runId: string;
}

/** Fingerprint of a rule × route × metric. */
export function fingerprintOf(rule: string, route: string, metric: string): string {
  return `${rule}|${route}|${metric}`;
}

function windowOf(values: SeriesValue[], rule: AlertRule, now: number): SeriesValue[] {
  const window = rule.window ?? (rule.condition === 'anomaly' ? 30 : 5);
  if (typeof window === 'number') return values.slice(-window);
  const from = now - parseDuration(window, `alerts.rules[${rule.name}].window`);
  return values.filter((v) => v.time >= from);
}

function aggregate(values: number[], how: AlertRule['aggregate']): number {
  switch (how) {
    case 'mean': return mean(values);
    case 'min': return Math.min(...values);
    case 'max': return Math.max(...values);
    case 'last': return values[values.length - 1] as number;
    default: return median(values);
  }
}

const fmt = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(n));

/**
 * Evaluates alert rules over a run history (pure; no I/O). Each rule yields one evaluation per matching
 * route with at least `minSamples` values in its window:
 * - `greater_than` / `less_than`: the window's aggregate vs `threshold`;
 * - `continuous_increase`: every value in the window above the previous, rising by ≥ `threshold` (relative) overall;
 * - `anomaly`: robust z (median/MAD) of the latest value vs the earlier values of the window above `zThreshold`.
 * @param now ms since epoch, for duration windows.
 */
export function evaluateRules(records: ReadonlyArray<HistoryRecord>, rules: ReadonlyArray<AlertRule>, now: number = Date.now()): AlertEvaluation[] {
  const out: AlertEvaluation[] = [];
  for (const rule of rules) {
    const filter = { metric: rule.metric, route: rule.route, stat: rule.stat, ...(rule.source ? { source: rule.source } : {}), ...(rule.branch ? { branch: rule.branch } : {}) };
    for (const [route, all] of seriesByRoute(records, filter)) {
      const window = windowOf(all, rule, now);
      const needed = rule.condition === 'anomaly' ? rule.minSamples + 1 : Math.max(rule.minSamples, rule.condition === 'continuous_increase' ? 2 : 1);
      if (window.length < needed) continue;
      const values = window.map((v) => v.value);
      const base = {
        fingerprint: fingerprintOf(rule.name, route, rule.metric),
        rule: rule.name,
        condition: rule.condition,
        route,
        metric: rule.metric,
        severity: rule.severity,
        samples: values.length,
        channels: rule.channels,
        runId: (window[window.length - 1] as SeriesValue).runId,
      };
      const unit = getMetric(rule.metric).unit;
      if (rule.condition === 'greater_than' || rule.condition === 'less_than') {
        const value = aggregate(values, rule.aggregate);
        const threshold = rule.threshold as number;
        const firing = rule.condition === 'greater_than' ? value > threshold : value < threshold;
        const word = rule.condition === 'greater_than' ? '>' : '<';
        out.push({ ...base, status: firing ? 'firing' : 'ok', value, threshold,
          summary: `${rule.metric} on ${route}: ${rule.aggregate} ${rule.stat} over ${values.length} runs is ${fmt(value)} ${unit} (${firing ? '' : 'not '}${word} ${fmt(threshold)} ${unit})` });
      } else if (rule.condition === 'continuous_increase') {
        const rising = values.every((v, i) => i === 0 || v > (values[i - 1] as number));
        const first = values[0] as number;
        const rise = first === 0 ? (values[values.length - 1] as number) > 0 ? Infinity : 0 : ((values[values.length - 1] as number) - first) / Math.abs(first);
        const threshold = rule.threshold ?? 0;
        const firing = rising && rise >= threshold && rise > 0;
        out.push({ ...base, status: firing ? 'firing' : 'ok', value: Number.isFinite(rise) ? rise : 0, threshold,
          summary: `${rule.metric} on ${route}: ${firing ? 'rose' : 'did not rise'} in each of ${values.length} runs (${fmt(rise * 100)}% overall, from ${fmt(first)} to ${fmt(values[values.length - 1] as number)} ${unit})` });
      } else {
        const latest = values[values.length - 1] as number;
        const { z, median: med } = robustZ(latest, values.slice(0, -1), getMetric(rule.metric).floor);
        const direction = rule.direction ?? (getMetric(rule.metric).direction === 'lower-is-better' ? 'up' : 'down');
        const firing = direction === 'up' ? z > rule.zThreshold : direction === 'down' ? z < -rule.zThreshold : Math.abs(z) > rule.zThreshold;
        out.push({ ...base, status: firing ? 'firing' : 'ok', value: latest, threshold: rule.zThreshold, zScore: Number.isFinite(z) ? z : Math.sign(z) * 1e9,
          summary: `${rule.metric} on ${route}: latest ${fmt(latest)} ${unit} vs median ${fmt(med)} of ${values.length - 1} earlier runs (robust z ${fmt(z)}, limit ${fmt(rule.zThreshold)})` });
      }
    }
  }
  return out;
}
