// Barrel for gate. Only re-exports.
export { runGate } from './run-gate.js';
export type { GateOptions, GateResult } from './run-gate.js';
export { registerReportFormat, registerGateHook, unregisterGateExtension, registeredReportFormats, registeredGateHooks } from './extensions.js';
export type { ReportFormat, GateContext, GateHook } from './extensions.js';
