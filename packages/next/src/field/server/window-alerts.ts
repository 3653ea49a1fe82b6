import type { Run } from '@perfgate/core';
import type { FieldMetricId } from '../protocol.js';
import type { FieldSummary } from './window-run.js';

/** A field alert rule: a window statistic above a threshold for N windows in a row. */
export interface FieldAlertRule {
  /** Rule name, shown in alerts (e.g. `lcp-p75-slow`). */
  name: string;
  metric: FieldMetricId;
  /** Exact route pattern, or omitted for every route. */
  route?: string;
  /** Fires when the window's p75 is above this (metric's unit), e.g. 2500 for LCP. */
  p75Above: number;
  /** Consecutive windows needed (count). Default 3. */
  windows?: number;
  /** Windows with fewer values are ignored, neither raising nor clearing (count). Default 20. */
  minCount?: number;
  severity?: 'info' | 'warning' | 'critical';
}

/** An alert raised or resolved by a {@link FieldAlertRule}. */
export interface FieldAlert {
  rule: string;
  status: 'firing' | 'resolved';
  severity: 'info' | 'warning' | 'critical';
  route: string;
  metric: FieldMetricId;
  /** p75 of the windows in the streak, oldest first (metric's unit). */
  values: number[];
  threshold: number;
  /** ISO 8601 start of the window that raised or resolved it. */
  at: string;
  summary: string;
}

interface Streak {
  values: number[];
  firing: boolean;
}

/**
 * Evaluates field alert rules window after window. State (streaks) is bounded by `maxKeys`;
 * a firing alert is raised once, and resolved once when a window clears it (duplicates suppressed).
 */
export class FieldAlertEvaluator {
  private readonly streaks = new Map<string, Streak>();

  constructor(private readonly rules: readonly FieldAlertRule[], private readonly maxKeys = 5_000) {}

  /** Feeds one window's Run; returns alerts raised or resolved by it. */
  evaluate(run: Run): FieldAlert[] {
    const out: FieldAlert[] = [];
    for (const rule of this.rules) {
      const need = Math.max(1, rule.windows ?? 3);
      const minCount = rule.minCount ?? 20;
      for (const m of run.measurements) {
        if (m.metric !== rule.metric || (rule.route !== undefined && m.route !== rule.route)) continue;
        const field = (m.attribution?.field ?? undefined) as FieldSummary | undefined;
        if (!field || field.count < minCount || !Number.isFinite(field.p75)) continue;
        const key = `${rule.name}\u0000${m.route}`;
        const streak = this.streaks.get(key) ?? { values: [], firing: false };
        this.streaks.delete(key);
        const base = { rule: rule.name, severity: rule.severity ?? 'warning', route: m.route, metric: rule.metric, threshold: rule.p75Above, at: run.startedAt };
        if (field.p75 > rule.p75Above) {
          streak.values = [...streak.values, field.p75].slice(-need);
          if (!streak.firing && streak.values.length >= need) {
            streak.firing = true;
            out.push({ ...base, status: 'firing', values: streak.values, summary: `${rule.metric} p75 on ${m.route} above ${rule.p75Above} for ${need} windows in a row (${streak.values.map((v) => Math.round(v * 1000) / 1000).join(', ')})` });
          }
        } else {
          if (streak.firing) out.push({ ...base, status: 'resolved', values: [field.p75], summary: `${rule.metric} p75 on ${m.route} back to ${Math.round(field.p75 * 1000) / 1000} (≤ ${rule.p75Above})` });
          streak.values = [];
          streak.firing = false;
        }
        this.streaks.set(key, streak);
        while (this.streaks.size > this.maxKeys) this.streaks.delete(this.streaks.keys().next().value as string);
      }
    }
    return out;
  }
}
