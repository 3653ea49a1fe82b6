/**
 * Lints the labelled corpus with the real ESLint class and the `recommended` preset, prints
 * precision and recall per rule, and fails below precision 95% / recall 90%.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { CORPUS_DIR, formatScores, readCorpus, score, type LineFinding } from './corpus-labels.js';

const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.9;
const ruleNames = Object.keys(rules);

describe('labelled corpus (real ESLint, recommended preset)', () => {
  const labels = readCorpus();

  it('labels only known rules and has at least as many look-alikes as findings in every file', () => {
    for (const l of [...labels.expected, ...labels.lookAlikes]) expect(ruleNames).toContain(l.rule);
    for (const file of labels.files) {
      const findings = labels.expected.filter((l) => l.file === file).length;
      const lookAlikes = labels.lookAlikes.filter((l) => l.file === file).length;
      expect(lookAlikes, `${file}: ${lookAlikes} look-alikes < ${findings} findings`).toBeGreaterThanOrEqual(findings);
    }
    // every rule is exercised by the corpus
    for (const rule of ruleNames) expect(labels.expected.some((l) => l.rule === rule), rule).toBe(true);
  });

  it(`reaches precision >= ${PRECISION_FLOOR * 100}% and recall >= ${RECALL_FLOOR * 100}% for every rule`, async () => {
    const eslint = new ESLint({ cwd: CORPUS_DIR, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended as never] });
    const results = await eslint.lintFiles(labels.files);
    const found: LineFinding[] = [];
    for (const result of results) {
      const file = result.filePath.slice(CORPUS_DIR.length);
      for (const m of result.messages) {
        expect(m.fatal ?? false, `${file}:${m.line} ${m.message}`).toBe(false);
        if (m.ruleId?.startsWith('perfgate/')) found.push({ file, line: m.line, rule: m.ruleId.slice('perfgate/'.length) });
      }
    }
    const scores = score(labels.expected, found, ruleNames);
    console.log(`\ncorpus: ${labels.files.length} files, ${labels.expected.length} labelled findings, ${labels.lookAlikes.length} look-alikes\n${formatScores(scores)}`);
    const misses = [
      ...found.filter((f) => !labels.expected.some((e) => e.file === f.file && e.line === f.line && e.rule === f.rule)).map((f) => `FP ${f.file}:${f.line} ${f.rule}`),
      ...labels.expected.filter((e) => !found.some((f) => e.file === f.file && e.line === f.line && e.rule === f.rule)).map((e) => `FN ${e.file}:${e.line} ${e.rule}`),
    ];
    if (misses.length > 0) console.log(misses.join('\n'));
    for (const s of scores) {
      expect(s.precision, `${s.rule} precision`).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(s.recall, `${s.rule} recall`).toBeGreaterThanOrEqual(RECALL_FLOOR);
    }
  });
});
