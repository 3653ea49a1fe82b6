import { z } from 'zod';
import { PerfgateConfigError, problemsFromZod } from '../config/errors.js';

/** Schema of the `history` section of `perfgate.config.*`. */
export const historyConfigSchema = z.strictObject({
  /** Append every gated run to the history. */
  enabled: z.boolean().default(true),
  /** Directory of the JSON Lines files, relative to `storageDir`. */
  dir: z.string().min(1).default('history'),
  /** One file per calendar month (`2026-11.jsonl`, UTC) or per run source (`lab.jsonl`). */
  partition: z.enum(['month', 'source']).default('month'),
  /**
   * Runs kept per source (bundle, lab and field each keep this many, newest first); compaction runs
   * once a source has 10% more (at least 1), so appends stay cheap.
   */
  retentionRuns: z.number().int().min(1).default(2000),
  /** Drop runs older than this many days (relative to now) on compaction, which runs once a run is 10% (at least a day) older. */
  retentionDays: z.number().positive().default(365),
});

/** The `history` section with defaults filled. */
export type HistoryConfig = z.output<typeof historyConfigSchema>;
/** What users write in the `history` section. */
export type HistoryConfigInput = z.input<typeof historyConfigSchema>;

/**
 * Validates the `history` section (`config.history`, passed through by the core schema).
 * @throws PerfgateConfigError naming `source`, the key path (`history.retentionRuns`), the value and the expected form.
 */
export function parseHistoryConfig(raw: unknown, source = '<inline config>'): HistoryConfig {
  const wrapped = { history: raw ?? {} };
  const result = z.strictObject({ history: historyConfigSchema }).safeParse(wrapped);
  if (!result.success) throw new PerfgateConfigError(source, problemsFromZod(wrapped, result.error.issues));
  return result.data.history;
}
