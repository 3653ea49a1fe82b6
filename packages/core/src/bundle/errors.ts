/**
 * A bundle could not be measured: a file the build manifest names is missing or unreadable, or a
 * manifest is malformed. The message names the file, what was expected, what was found and the fix.
 */
export class PerfgateBundleError extends Error {
  override readonly name = 'PerfgateBundleError';
  /** The file that could not be read or understood. */
  readonly file: string;

  constructor(file: string, problem: string, fix: string, cause?: unknown) {
    super(`perfgate: ${file}: ${problem}. ${fix}`, cause === undefined ? undefined : { cause });
    this.file = file;
  }
}

/**
 * The gate failed: at least one budget error or regression. `failures` holds one line per failure,
 * each naming the route, the metric, the actual value and the limit.
 */
export class PerfgateBudgetError extends Error {
  override readonly name = 'PerfgateBudgetError';
  readonly failures: string[];
  /** Report files written (JSON, Markdown, text). */
  readonly files: string[];

  constructor(failures: string[], files: string[], hint: string) {
    super(
      `perfgate: bundle budget failed (${failures.length} problem${failures.length === 1 ? '' : 's'}):\n` +
        failures.map((f) => `  - ${f}`).join('\n') +
        (files.length > 0 ? `\nReport: ${files.join(', ')}` : '') +
        `\n${hint}`,
    );
    this.failures = failures;
    this.files = files;
  }
}
