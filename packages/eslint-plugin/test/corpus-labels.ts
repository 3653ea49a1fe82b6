/**
 * Labels of the fixture corpus and precision/recall scoring against them. Shared by the corpus
 * test and `bench/lint`.
 *
 * A corpus line carries `expect: rule-a, rule-b` when linting it must report those perfgate rules,
 * and `look-alike: rule-a` when it resembles a finding of that rule but is harmless.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Directory of the labelled corpus. */
export const CORPUS_DIR = new URL('./corpus/', import.meta.url).pathname;

/** A finding located at one line of one corpus file. */
export interface LineFinding {
  /** Corpus file name, e.g. `product-list.tsx`. */
  file: string;
  /** 1-based line. */
  line: number;
  /** perfgate rule name (without prefix) the finding belongs to. */
  rule: string;
}

/** All labels of the corpus. */
export interface CorpusLabels {
  files: string[];
  expected: LineFinding[];
  lookAlikes: LineFinding[];
}

function parseList(text: string | undefined): string[] {
  return (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Read the corpus files and their labels. */
export function readCorpus(dir: string = CORPUS_DIR): CorpusLabels {
  const files = readdirSync(dir).filter((f) => /\.(tsx|jsx)$/.test(f)).sort();
  const expected: LineFinding[] = [];
  const lookAlikes: LineFinding[] = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const rule of parseList(/expect:\s*([a-z, -]+)/.exec(text)?.[1])) expected.push({ file, line: i + 1, rule });
      for (const rule of parseList(/look-alike:\s*([a-z, -]+)/.exec(text)?.[1])) lookAlikes.push({ file, line: i + 1, rule });
    });
  }
  return { files, expected, lookAlikes };
}

/** Precision and recall of one rule (or one group of a tool's rules). */
export interface Score {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP), 0..1; 1 when nothing was reported. */
  precision: number;
  /** TP / (TP + FN), 0..1; 1 when nothing was expected. */
  recall: number;
}

const key = (f: LineFinding) => `${f.file}:${f.line}:${f.rule}`;

/**
 * Score `found` against `expected` for each of `rules`. Several findings of one rule on one
 * line count once.
 */
export function score(expected: readonly LineFinding[], found: readonly LineFinding[], rules: readonly string[]): Score[] {
  const expectedKeys = new Set(expected.map(key));
  const foundKeys = new Set(found.map(key));
  return rules.map((rule) => {
    const exp = [...expectedKeys].filter((k) => k.endsWith(`:${rule}`));
    const got = [...foundKeys].filter((k) => k.endsWith(`:${rule}`));
    const truePositives = got.filter((k) => expectedKeys.has(k)).length;
    const falsePositives = got.length - truePositives;
    const falseNegatives = exp.filter((k) => !foundKeys.has(k)).length;
    return {
      rule,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: got.length === 0 ? 1 : truePositives / got.length,
      recall: exp.length === 0 ? 1 : truePositives / exp.length,
    };
  });
}

/** Render scores as a fixed-width text table. */
export function formatScores(scores: readonly Score[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = scores.map((s) => [s.rule, String(s.truePositives), String(s.falsePositives), String(s.falseNegatives), pct(s.precision), pct(s.recall)]);
  const header = ['rule', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
