/** Types of scripts/regressions.mjs (for the tests). */
export interface RegressionSpec {
  route: string;
  gates: Array<'bundle' | 'lab' | 'lint'>;
  metrics: string[];
  consequences: string[];
  consequenceRoutes?: string[];
  cause: string;
  lintRule?: string;
  files: string[];
  buildTime: boolean;
}
export declare const REGRESSIONS: Record<'bundle' | 'render' | 'layout-shift' | 'blocking' | 'slow-server', RegressionSpec>;
export declare const REGRESSION_KINDS: Array<keyof typeof REGRESSIONS>;
