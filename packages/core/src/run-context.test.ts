import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInfo, machineDescription } from './run-context.js';

describe('gitInfo', () => {
  it('prefers CI variables over the checkout', async () => {
    expect(await gitInfo(tmpdir(), { GITHUB_SHA: 'abc123', GITHUB_REF_NAME: 'main' })).toEqual({ sha: 'abc123', branch: 'main' });
    expect(await gitInfo(tmpdir(), { CI_COMMIT_SHA: 'def', GITHUB_HEAD_REF: '', CI_COMMIT_REF_NAME: 'feature/x' })).toEqual({ sha: 'def', branch: 'feature/x' });
  });

  it('reads the checkout this file is in exactly as git rev-parse does, and nothing outside a checkout', async () => {
    const here = await gitInfo(import.meta.dirname, {});
    const git = (...args: string[]) => execFileSync('git', args, { cwd: import.meta.dirname }).toString().trim();
    expect(here).toEqual({ sha: git('rev-parse', 'HEAD'), branch: git('rev-parse', '--abbrev-ref', 'HEAD') });
    expect(await gitInfo(mkdtempSync(join(tmpdir(), 'perfgate-nogit-')), {})).toBeUndefined();
  });

  it('reads packed refs, detached heads and worktree gitdir files', async () => {
    const sha = 'a'.repeat(40);
    const repo = mkdtempSync(join(tmpdir(), 'perfgate-git-'));
    mkdirSync(join(repo, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/feature/x\n');
    writeFileSync(join(repo, '.git', 'packed-refs'), `# pack-refs with: peeled fully-peeled sorted\n${sha} refs/heads/feature/x\n`);
    mkdirSync(join(repo, 'app', 'src'), { recursive: true });
    expect(await gitInfo(join(repo, 'app', 'src'), {})).toEqual({ sha, branch: 'feature/x' });

    const worktree = mkdtempSync(join(tmpdir(), 'perfgate-wt-'));
    mkdirSync(join(repo, '.git', 'worktrees', 'wt'), { recursive: true });
    writeFileSync(join(repo, '.git', 'worktrees', 'wt', 'HEAD'), `${'b'.repeat(40)}\n`);
    writeFileSync(join(worktree, '.git'), `gitdir: ${join(repo, '.git', 'worktrees', 'wt')}\n`);
    expect(await gitInfo(worktree, {})).toEqual({ sha: 'b'.repeat(40), branch: 'HEAD' });
  });
});

describe('machineDescription', () => {
  it('names the platform and CPU count', () => {
    expect(machineDescription()).toMatch(/^\w+ \d+ cpu$/);
  });
});
