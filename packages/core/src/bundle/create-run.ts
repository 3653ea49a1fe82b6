import { randomUUID } from 'node:crypto';
import type { Measurement, Run } from '../model.js';
import { machineDescription } from '../run-context.js';

/** Options of {@link createBundleRun}. */
export interface BundleRunOptions {
  /** `turbopack` | `webpack` | `vite` | … */
  bundler: string;
  /** App name in a monorepo. */
  app?: string;
  /** Git sha/branch of the build (see core's `gitInfo`); omitted when unknown. */
  git?: Run['git'];
  /** Start time (default now). */
  startedAt?: Date;
}

/** Wraps bundle measurements in a core {@link Run} with `source: 'bundle'` and the git sha/branch when known. */
export function createBundleRun(measurements: Measurement[], options: BundleRunOptions): Run {
  return {
    id: `bundle-${randomUUID()}`,
    startedAt: (options.startedAt ?? new Date()).toISOString(),
    source: 'bundle',
    ...(options.git ? { git: options.git } : {}),
    environment: {
      bundler: options.bundler,
      machine: machineDescription(),
      ...(options.app ? { app: options.app } : {}),
    },
    measurements,
  };
}
