import type { Run, RunReport } from '../model.js';
import type { PerfgateConfig } from '../config/schema.js';

/** An extra report format `runGate` writes next to json/md/txt (e.g. the HTML report). */
export interface ReportFormat {
  /** File extension without dot, e.g. `html`. Unique. */
  extension: string;
  /** Renders the report; `context` gives the config and storage dir (e.g. to read history). */
  render(report: RunReport, context: GateContext): string | Promise<string>;
}

/** What gate hooks and report formats get. */
export interface GateContext {
  run: Run;
  report: RunReport;
  config: PerfgateConfig;
  /** Directory the config's paths are relative to. */
  rootDir: string;
  /** Absolute storage directory (`<rootDir>/.perfgate`). */
  storageDir: string;
  log: (text: string) => void;
}

/**
 * A step run after the report is built and written (e.g. append to history, export, alert).
 * Returns files it wrote. A hook that throws is logged and reported in `warnings`; it never fails the gate.
 */
export type GateHook = (context: GateContext) => Promise<string[] | void> | string[] | void;

const formats = new Map<string, ReportFormat>();
const hooks = new Map<string, GateHook>();

/** Adds (or replaces, by extension) a report format every `runGate` writes. */
export function registerReportFormat(format: ReportFormat): void {
  formats.set(format.extension, format);
}

/** Adds (or replaces, by name) a hook every `runGate` runs after writing reports. */
export function registerGateHook(name: string, hook: GateHook): void {
  hooks.set(name, hook);
}

/** Removes a registered format or hook (tests). */
export function unregisterGateExtension(kind: 'format' | 'hook', name: string): void {
  if (kind === 'format') formats.delete(name);
  else hooks.delete(name);
}

/** The registered report formats, in registration order. */
export function registeredReportFormats(): ReportFormat[] {
  return [...formats.values()];
}

/** The registered hooks, in registration order. */
export function registeredGateHooks(): Array<[string, GateHook]> {
  return [...hooks.entries()];
}
