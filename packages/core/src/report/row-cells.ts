import type { Verdict } from '../model.js';
import { formatChange, formatValue } from './format-values.js';
import { STATUS_LABEL, verdictStatus } from './verdict-status.js';
import type { VerdictStatus } from './verdict-status.js';

/** The cells of one verdict row, shared by the text and Markdown renderers. */
export interface RowCells {
  status: VerdictStatus;
  label: string;
  route: string;
  metric: string;
  value: string;
  baseline: string;
  change: string;
  budget: string;
}

/**
 * The change cell of an inconclusive comparison: `n/a (fewer than 5 samples)`, from the comparison's
 * reason (its first clause), never `+0.0%`: an inconclusive comparison measured no change at all.
 */
export function inconclusiveChange(reason: string | undefined): string {
  const short = (reason ?? '').split(/ \(|;/, 1)[0]?.trim();
  return short ? `n/a (${short})` : 'n/a (inconclusive)';
}

/** Formats a verdict into table cells. */
export function rowCells(v: Verdict): RowCells {
  const status = verdictStatus(v);
  const c = v.comparison;
  const value = c ? formatValue(c.currentValue, v.unit) : v.budget ? formatValue(v.budget.actual, v.unit) : '–';
  let change = '–';
  if (c?.verdict === 'inconclusive') change = inconclusiveChange(c.reason);
  else if (c) {
    change = formatChange(c.relativeChange, c.absoluteChange, v.unit);
    if (c.verdict === 'regressed') change += ` ${c.severity}`;
  }
  let budget = '–';
  if (v.budget?.limit !== undefined) {
    budget = formatValue(v.budget.limit, v.unit);
    // The budget checks one value (the p75 of several samples), which can differ from the value column.
    if (v.budget.status !== 'ok') budget += ` (${v.budget.status}: ${formatValue(v.budget.actual, v.unit)})`;
  }
  return {
    status,
    label: STATUS_LABEL[status],
    route: v.route,
    metric: v.metric,
    value,
    baseline: c ? formatValue(c.baselineValue, v.unit) : '–',
    change,
    budget,
  };
}
