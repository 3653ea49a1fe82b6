/**
 * Path of web-vitals' attribution IIFE. Its `exports` map hides `dist/*.iife.js`, so resolve the
 * package entry and look next to it.
 */
export declare function webVitalsIifePath(): string;
/** The init script source (cached per process). */
export declare function perfgateInitScript(): string;
//# sourceMappingURL=web-vitals-script.d.ts.map