/**
 * Typed errors of @perfgate/playwright. Messages name the file or option, what was found and the fix.
 */
/** The package could not set itself up (web-vitals missing, no browser found, bad option). */
export declare class PerfgateSetupError extends Error {
    name: string;
}
/** A `perf` option in `use: { perf }` or a call's options is invalid. */
export declare class PerfgateOptionError extends Error {
    name: string;
}
/** A perfgate attachment found by the reporter could not be read. */
export declare class PerfgateAttachmentError extends Error {
    name: string;
}
//# sourceMappingURL=errors.d.ts.map