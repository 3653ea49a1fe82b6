/** Minimal ANSI styling; every function is the identity when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** ANSI paint, or plain text when `enabled` is false. */
export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const id = (s: string) => s;
    return { red: id, yellow: id, green: id, dim: id, bold: id };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/**
 * Whether to colour output: only on a TTY, and never when `NO_COLOR` (https://no-color.org) or `CI`
 * is set; `FORCE_COLOR` (non-`0`) turns it on.
 */
export function shouldUseColor(stream: { isTTY?: boolean } = process.stdout, env: Record<string, string | undefined> = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return stream.isTTY === true;
}
