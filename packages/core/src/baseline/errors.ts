/** The baseline file is not valid JSON or not a perfgate baseline. It is never overwritten. */
export class BaselineFileError extends Error {
  override readonly name = 'BaselineFileError';
  readonly file: string;
  constructor(file: string, found: string, cause?: unknown) {
    super(
      `Corrupt perfgate baseline ${file}: ${found}. perfgate left the file untouched. ` +
        `Fix it by hand (e.g. resolve a merge conflict), restore it from git (\`git checkout -- ${file}\`), ` +
        `or delete it to start a new baseline.`,
      cause === undefined ? undefined : { cause },
    );
    this.file = file;
  }
}

/** The baseline file was written by a newer perfgate (higher `schemaVersion`). It is never overwritten. */
export class BaselineSchemaError extends Error {
  override readonly name = 'BaselineSchemaError';
  readonly file: string;
  readonly found: number;
  readonly supported: number;
  constructor(file: string, found: number, supported: number) {
    super(
      `Perfgate baseline ${file} has schemaVersion ${found}, but this perfgate reads up to ${supported}. ` +
        `perfgate left the file untouched. Upgrade @perfgate/* to the version that wrote it.`,
    );
    this.file = file;
    this.found = found;
    this.supported = supported;
  }
}

/** Another process held the baseline lock for too long. */
export class BaselineLockError extends Error {
  override readonly name = 'BaselineLockError';
  readonly lockFile: string;
  constructor(lockFile: string, waitedMs: number) {
    super(
      `Could not lock ${lockFile} within ${waitedMs} ms: another perfgate process is writing the baseline. ` +
        `If none is running, delete ${lockFile}.`,
    );
    this.lockFile = lockFile;
  }
}
