/**
 * Typed errors of @perfgate/playwright. Messages name the file or option, what was found and the fix.
 */
/** The package could not set itself up (web-vitals missing, no browser found, bad option). */
export class PerfgateSetupError extends Error {
    name = 'PerfgateSetupError';
}
/** A `perf` option in `use: { perf }` or a call's options is invalid. */
export class PerfgateOptionError extends Error {
    name = 'PerfgateOptionError';
}
/** A perfgate attachment found by the reporter could not be read. */
export class PerfgateAttachmentError extends Error {
    name = 'PerfgateAttachmentError';
}
//# sourceMappingURL=errors.js.map