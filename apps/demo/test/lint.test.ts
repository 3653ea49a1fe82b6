/**
 * Lints DomainFlow with its eslint.config.js (typescript-eslint + @perfgate/eslint-plugin recommended):
 * the app is clean, and each injected regression that is a lint pattern is flagged by the perfgate
 * rule meant for it. Starts real ESLint; no browser.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REGRESSIONS } from '../scripts/regressions.mjs';

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('ESLint with @perfgate/eslint-plugin recommended', () => {
  test('the DomainFlow app lints clean', async () => {
    const eslint = new ESLint({ cwd: APP_DIR });
    const results = await eslint.lintFiles(['.']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(APP_DIR, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
    // The app itself was linted (not everything ignored).
    expect(results.map((r) => path.relative(APP_DIR, r.filePath))).toEqual(
      expect.arrayContaining(['app/(console)/dashboard/page.tsx', 'src/components/campaign-table.tsx', 'pages/legacy-report.tsx']),
    );
  });

  const linted = Object.entries(REGRESSIONS).filter(([, spec]) => 'lintRule' in spec && spec.lintRule);
  test.each(linted)('regression %s is flagged by its perfgate rule', async (_kind, spec) => {
    const eslint = new ESLint({ cwd: APP_DIR, ignore: false });
    const results = await eslint.lintFiles(spec.files);
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain(`perfgate/${spec.lintRule}`);
    // Only perfgate rules fire: the regression files are otherwise ordinary, type-clean code.
    expect(rules.every((rule) => rule?.startsWith('perfgate/'))).toBe(true);
  });

  test('regressions that are not lint patterns stay out of the lint findings', async () => {
    const eslint = new ESLint({ cwd: APP_DIR, ignore: false });
    const others = Object.values(REGRESSIONS).filter((spec) => !('lintRule' in spec));
    const results = await eslint.lintFiles(others.flatMap((spec) => spec.files));
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});
