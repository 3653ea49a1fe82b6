import { execFile } from 'node:child_process';
import { cpus, platform } from 'node:os';
import type { Run } from './model.js';

/**
 * Git sha and branch of the checkout at `cwd`, for a Run's `git` field: CI variables first (GitHub
 * Actions, GitLab, Vercel), else `git rev-parse`; undefined outside a checkout. Never throws; each git
 * call is bounded to 2 s and both run at once.
 */
export async function gitInfo(cwd: string, env: Record<string, string | undefined> = process.env): Promise<Run['git'] | undefined> {
  const envSha = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.VERCEL_GIT_COMMIT_SHA;
  const envBranch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.VERCEL_GIT_COMMIT_REF;
  const [sha, branch] = await Promise.all([
    envSha ?? git(cwd, ['rev-parse', 'HEAD']),
    envBranch || git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
  ]);
  if (!sha && !branch) return undefined;
  return { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) };
}

/** A Run's `environment.machine`: operating system and CPU count (`linux 2 cpu`). */
export function machineDescription(): string {
  return `${platform()} ${cpus().length} cpu`;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 2000 }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
  });
}
