/** Another process held the history lock for longer than the wait allowed. */
export class HistoryLockError extends Error {
  override readonly name = 'HistoryLockError';
  constructor(
    readonly lockFile: string,
    readonly waitedMs: number,
  ) {
    super(
      `Could not lock ${lockFile}: another perfgate process held it for ${waitedMs} ms. ` +
        `If no perfgate process is running, delete ${lockFile} and retry.`,
    );
  }
}

/** A `since`/`window` duration string could not be read. */
export class DurationFormatError extends Error {
  override readonly name = 'DurationFormatError';
  constructor(
    readonly field: string,
    readonly found: string,
  ) {
    super(`${field}: found ${JSON.stringify(found)}; expected a duration like "24h", "7d", "30m", "2w" or an ISO 8601 date.`);
  }
}
