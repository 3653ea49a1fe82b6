import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, platform } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Run } from './model.js';

/**
 * Git sha and branch of the checkout at `cwd`, for a Run's `git` field: CI variables first (GitHub
 * Actions, GitLab, Vercel), else read from `.git` (HEAD, loose and packed refs, worktrees), else
 * `git rev-parse`; undefined outside a checkout. Never throws. Reading the files instead of spawning
 * git keeps this off the build's critical path (two spawns cost ~35 ms of a large process's main thread).
 */
export async function gitInfo(cwd: string, env: Record<string, string | undefined> = process.env): Promise<Run['git'] | undefined> {
  const envSha = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.VERCEL_GIT_COMMIT_SHA;
  const envBranch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.VERCEL_GIT_COMMIT_REF;
  const local = envSha && envBranch ? undefined : ((await readHead(cwd)) ?? (await spawnHead(cwd)));
  const sha = envSha ?? local?.sha;
  const branch = envBranch || local?.branch;
  if (!sha && !branch) return undefined;
  return { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) };
}

/** A Run's `environment.machine`: operating system and CPU count (`linux 2 cpu`). */
export function machineDescription(): string {
  return `${platform()} ${cpus().length} cpu`;
}

type Head = { sha?: string; branch?: string };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** HEAD from the files of the nearest `.git` (a directory, or a `gitdir:` file in worktrees and submodules). */
async function readHead(cwd: string): Promise<Head | undefined> {
  const gitDir = await findGitDir(resolve(cwd));
  if (!gitDir) return undefined;
  const head = (await text(join(gitDir, 'HEAD')))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return { sha: head, branch: 'HEAD' }; // detached, as `git rev-parse --abbrev-ref HEAD` says
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const branch = ref.replace(/^refs\/heads\//, '');
  // Worktrees keep HEAD in their own dir but refs in the common dir.
  const common = (await text(join(gitDir, 'commondir')))?.trim();
  const refDir = common ? resolve(gitDir, common) : gitDir;
  const loose = (await text(join(refDir, ref)))?.trim();
  if (loose && SHA.test(loose)) return { sha: loose, branch };
  const packed = await text(join(refDir, 'packed-refs'));
  const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
  const sha = line?.slice(0, line.indexOf(' '));
  // An unborn branch (no commit yet) has a name but no sha; an unknown ref format falls back to git.
  if (sha && SHA.test(sha)) return { sha, branch };
  return packed === undefined && loose === undefined ? { branch } : undefined;
}

async function findGitDir(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const asFile = await text(dotGit);
    if (asFile !== undefined) {
      const target = /^gitdir: (.+)$/m.exec(asFile)?.[1]?.trim();
      return target ? (isAbsolute(target) ? target : resolve(dir, target)) : undefined;
    }
    if ((await text(join(dotGit, 'HEAD'))) !== undefined) return dotGit;
    if (dirname(dir) === dir) return undefined;
  }
}

async function text(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined; // missing, or a directory (EISDIR)
  }
}

async function spawnHead(cwd: string): Promise<Head | undefined> {
  const [sha, branch] = await Promise.all([git(cwd, ['rev-parse', 'HEAD']), git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD'])]);
  return sha || branch ? { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) } : undefined;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', args, { cwd, timeout: 2000 }, (err, stdout) => done(err ? undefined : stdout.trim() || undefined));
  });
}
