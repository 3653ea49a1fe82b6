/** Wrong command-line usage: the message says what was wrong and how to call the command; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose usage to show (`compare`, `baseline update`, …). */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
