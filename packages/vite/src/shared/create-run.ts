// Copy of packages/webpack/src/create-run.ts (@perfgate/vite may not depend on @perfgate/webpack).
// Keep identical: src/shared/shared-copy.test.ts fails when the two differ.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, platform } from 'node:os';
import type { Measurement, Run } from '@perfgate/core';

/** Options of {@link createBundleRun}. */
export interface BundleRunOptions {
  /** `turbopack` | `webpack` | `vite` | … */
  bundler: string;
  /** App name in a monorepo. */
  app?: string;
  /** Directory whose git checkout the run belongs to. */
  cwd: string;
  /** Start time (default now). */
  startedAt?: Date;
}

/** Wraps bundle measurements in a core {@link Run} with `source: 'bundle'` and the git sha/branch when known. */
export function createBundleRun(measurements: Measurement[], options: BundleRunOptions): Run {
  const git = gitInfo(options.cwd);
  return {
    id: `bundle-${randomUUID()}`,
    startedAt: (options.startedAt ?? new Date()).toISOString(),
    source: 'bundle',
    ...(git ? { git } : {}),
    environment: {
      bundler: options.bundler,
      machine: `${platform()} ${cpus().length} cpu`,
      ...(options.app ? { app: options.app } : {}),
    },
    measurements,
  };
}

function gitInfo(cwd: string): Run['git'] | undefined {
  const env = process.env;
  const sha = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.VERCEL_GIT_COMMIT_SHA ?? git(cwd, ['rev-parse', 'HEAD']);
  const branch =
    env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.VERCEL_GIT_COMMIT_REF || git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']);
  if (!sha && !branch) return undefined;
  return { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) };
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}
