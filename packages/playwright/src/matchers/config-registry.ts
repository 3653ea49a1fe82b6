/**
 * The perfgate config the matchers check against: set once per worker by the `perf` fixture (loaded
 * from perfgate.config.* next to playwright.config), readable by the synchronous `toMeetBudgets()`.
 */
import type { PerfgateConfig } from '@perfgate/core';

/** A loaded config and the directory its `storageDir` is relative to. */
export interface ActiveConfig {
  config: PerfgateConfig;
  rootDir: string;
}

let active: ActiveConfig | undefined;

/** Records the config for this worker. */
export function setActiveConfig(config: ActiveConfig): void {
  active = config;
}

/** The config set by the fixture, if any. */
export function activeConfig(): ActiveConfig | undefined {
  return active;
}
