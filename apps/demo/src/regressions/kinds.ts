/**
 * The injectable regressions of the demo (`PERFGATE_DEMO_REGRESSION=<kind>`), each meant to be caught
 * by one gate. `bundle` is applied at build time (next.config.mjs swaps a module); the others are read
 * by server code at request time, so one production build serves the clean run and all of them.
 */
export const REGRESSION_KINDS = ['bundle', 'render', 'layout-shift', 'blocking', 'slow-server'] as const;

export type RegressionKind = (typeof REGRESSION_KINDS)[number];

/** Parses the switch; unknown values are an error so a typo never silently runs the clean app. */
export function parseRegression(value: string | undefined): RegressionKind | undefined {
  if (value === undefined || value === '' || value === 'none') return undefined;
  if ((REGRESSION_KINDS as readonly string[]).includes(value)) return value as RegressionKind;
  throw new Error(`PERFGATE_DEMO_REGRESSION="${value}" is not one of: ${REGRESSION_KINDS.join(', ')} (or unset).`);
}

/**
 * The regression switched on for this server process, read at request time (server code only).
 * The page calling it must be dynamically rendered (`await connection()`).
 */
export function activeRegression(): RegressionKind | undefined {
  return parseRegression(process.env.PERFGATE_DEMO_REGRESSION);
}
