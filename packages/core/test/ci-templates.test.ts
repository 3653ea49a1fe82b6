// Reads docs/ci/*.yml as text: the report files the templates read must be the ones the adapters write.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

/** `.perfgate/reports/bundle-*.md` → a RegExp over report file names. */
const globToRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** The default report names of the Next plugin and the Playwright reporter, read from their sources. */
function defaultReportNames(): string[] {
  const next = read('packages/next/src/with-perfgate.ts');
  const nextDefault = /reportName \?\? \(app \? `bundle-\$\{app\}` : `bundle-next-\$\{bundler\}`\)/;
  expect(next, 'packages/next/src/with-perfgate.ts changed its default reportName: update docs/ci and this test').toMatch(nextDefault);
  const playwright = read('packages/playwright/src/reporter/reporter.ts');
  expect(playwright, 'the Playwright reporter changed its default reportName: update docs/ci and this test').toMatch(
    /\(this\.options\.reportName \?\? 'playwright'\) \+ \(gathered\.runs\.length > 1 \? `-\$\{run\.environment\.throttling \?\? 'none'\}` : ''\)/,
  );
  return ['bundle-next-webpack', 'bundle-next-turbopack', 'bundle-shop', 'playwright', 'playwright-mobile', 'playwright-desktop'].map((n) => `.perfgate/reports/${n}.md`);
}

describe('docs/ci templates', () => {
  const pr = read('docs/ci/perfgate-pr.yml');

  it('the PR comment body reads the Markdown reports under their default names', () => {
    const loop = /for f in ([^;]+); do \[ -f "\$f" \] && cat "\$f" && echo; done/.exec(pr);
    expect(loop, 'the comment-body loop in perfgate-pr.yml').not.toBeNull();
    const globs = loop![1]!.trim().split(/\s+/).map(globToRegExp);
    for (const file of defaultReportNames()) expect(globs.some((g) => g.test(file)), `${file} is read by the comment`).toBe(true);
    expect(globs.some((g) => g.test('.perfgate/reports/bundle-next-webpack.txt'))).toBe(false);
  });

  it('does not write the job summary a second time (runGate appends to $GITHUB_STEP_SUMMARY)', () => {
    expect(pr).not.toMatch(/>>\s*"?\$GITHUB_STEP_SUMMARY/);
  });

  it('the comment workflow checks the PR number from the artifact against the run\'s head commit', () => {
    const comment = read('docs/ci/perfgate-pr-comment.yml');
    expect(comment).toMatch(/github\.rest\.pulls\.get\(\{ owner, repo, pull_number: pr \}\)/);
    expect(comment).toMatch(/if \(pull\.head\.sha !== headSha\) \{.*return; \}/);
    expect(comment.indexOf('pull.head.sha !== headSha')).toBeLessThan(comment.indexOf('createComment'));
    expect(comment).toMatch(/headSha = context\.payload\.workflow_run\.head_sha/);
  });
});
