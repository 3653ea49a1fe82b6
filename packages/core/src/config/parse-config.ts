import { configSchema, unitKindOf } from './schema.js';
import type { BudgetLimits, BudgetsConfig, PerfgateConfig } from './schema.js';
import { parseQuantity } from './units.js';
import { PerfgateConfigError, formatPath, problemsFromZod, showValue } from './errors.js';
import type { ConfigProblem } from './errors.js';

type RawLimit = number | string | undefined;

function resolveLimit(
  value: RawLimit,
  kind: 'bytes' | 'ms' | 'unitless' | 'any',
  path: Array<string | number>,
  problems: ConfigProblem[],
): number | undefined {
  if (value === undefined || typeof value === 'number') return value;
  const q = parseQuantity(value);
  const expected =
    kind === 'bytes' ? 'bytes as a number or a size like "244 kB", "1 MB", "50 KiB"'
    : kind === 'ms' ? 'milliseconds as a number or a duration like "2.5s", "200 ms"'
    : kind === 'unitless' ? 'a plain number (this metric has no unit)'
    : 'a number or a size/duration like "244 kB" or "200 ms"';
  if (!q || kind === 'unitless' || (kind !== 'any' && q.kind !== kind)) {
    problems.push({ path: formatPath(path), found: showValue(value), expected });
    return undefined;
  }
  return q.value;
}

function resolvePair(
  pair: { warn?: RawLimit; error?: RawLimit },
  kind: 'bytes' | 'ms' | 'unitless' | 'any',
  path: Array<string | number>,
  problems: ConfigProblem[],
): BudgetLimits {
  const out: BudgetLimits = {};
  const warn = resolveLimit(pair.warn, kind, [...path, 'warn'], problems);
  const error = resolveLimit(pair.error, kind, [...path, 'error'], problems);
  if (warn !== undefined) out.warn = warn;
  if (error !== undefined) out.error = error;
  if (warn !== undefined && error !== undefined && warn > error) {
    problems.push({
      path: formatPath([...path, 'warn']),
      found: `${warn} (above error ${error})`,
      expected: 'warn <= error (warn is the earlier, softer limit)',
    });
  }
  return out;
}

/**
 * Validates a raw config object (what a `perfgate.config.*` default-exports) and fills defaults.
 * `source` names the file in error messages.
 * @throws PerfgateConfigError naming the file, each bad key path, the value found and the expected form.
 */
export function parseConfig(raw: unknown, source: string): PerfgateConfig {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) throw new PerfgateConfigError(source, problemsFromZod(raw, result.error.issues));
  const parsed = result.data;
  const problems: ConfigProblem[] = [];

  const budgets: BudgetsConfig = {
    routes: parsed.budgets.routes.map((r, i) => ({
      match: Array.isArray(r.match) ? r.match : [r.match],
      metrics: Object.fromEntries(
        Object.entries(r.metrics).map(([metric, pair]) => {
          const kind = metric.startsWith('custom:') ? 'any' : unitKindOf(metric);
          return [metric, resolvePair(pair, kind, ['budgets', 'routes', i, 'metrics', metric], problems)];
        }),
      ),
    })),
    build: {},
  };
  for (const key of ['js', 'css', 'media', 'total'] as const) {
    const pair = parsed.budgets.build[key];
    if (pair) budgets.build[key] = resolvePair(pair, 'bytes', ['budgets', 'build', key], problems);
  }
  const bundle: { maxIncreasePercent?: number; maxIncreaseBytes?: number } = {};
  if (parsed.regression.bundle.maxIncreasePercent !== undefined) bundle.maxIncreasePercent = parsed.regression.bundle.maxIncreasePercent;
  const bytes = resolveLimit(parsed.regression.bundle.maxIncreaseBytes, 'bytes', ['regression', 'bundle', 'maxIncreaseBytes'], problems);
  if (bytes !== undefined) bundle.maxIncreaseBytes = bytes;

  if (problems.length > 0) throw new PerfgateConfigError(source, problems);
  return { ...parsed, budgets, regression: { ...parsed.regression, bundle } };
}
