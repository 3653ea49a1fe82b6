import type { z } from 'zod';

/**
 * A `perfgate.config.*` (or config override) is invalid. The message names the file, every bad key
 * path with the value found and the expected form, one line each.
 */
export class PerfgateConfigError extends Error {
  override readonly name = 'PerfgateConfigError';
  /** The config file (or `<overrides>` / `<inline config>`). */
  readonly file: string;
  /** One entry per problem. */
  readonly problems: ConfigProblem[];

  constructor(file: string, problems: ConfigProblem[], cause?: unknown) {
    const lines = problems.map((p) => `  - ${p.path || '(root)'}: found ${p.found}; expected ${p.expected}`);
    super(
      `Invalid perfgate config in ${file}:\n${lines.join('\n')}\n` +
        `Fix the value(s) above in ${file} (see the options table in @perfgate/core's README).`,
      cause === undefined ? undefined : { cause },
    );
    this.file = file;
    this.problems = problems;
  }
}

/** One invalid key of a config. */
export interface ConfigProblem {
  /** Dotted key path, e.g. `budgets.routes[0].metrics.LCP.error`. */
  path: string;
  /** The bad value, shown briefly. */
  found: string;
  /** The expected form. */
  expected: string;
}

/** Formats a key path as `a.b[0].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const s = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** Shows a value briefly (≤ 60 chars) for an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'too_small':
      return `a ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `a ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'no such key (remove it or check its spelling)';
    case 'invalid_union':
      return issue.message.replace(/^Invalid input:?\s*/i, '') || 'one of the documented forms';
    default:
      return issue.message;
  }
}

/** Turns zod issues into one {@link ConfigProblem} per issue (one per unknown key). */
export function problemsFromZod(raw: unknown, issues: ReadonlyArray<z.core.$ZodIssue>): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(raw, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({ path: formatPath(path), found: `unknown key with ${showValue(valueAt(parent, [key]))}`, expected: expectedOf(issue) });
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      const key = issue.path[issue.path.length - 1];
      const inner = issue.issues[0]?.message ?? 'a valid key';
      out.push({ path: formatPath(issue.path), found: `key ${JSON.stringify(String(key))}`, expected: inner });
      continue;
    }
    const found = valueAt(raw, issue.path);
    out.push({ path: formatPath(issue.path), found: showValue(found), expected: expectedOf(issue) });
  }
  return out;
}
