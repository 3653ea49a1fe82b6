/** Exit codes of every `perfgate` command. */
export const EXIT = {
  /** Everything passed. */
  ok: 0,
  /** A regression or a broken error budget (or, for `baseline update`, the run was not recorded). */
  failed: 1,
  /** Bad usage, invalid config, or an unreadable/invalid input file. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
