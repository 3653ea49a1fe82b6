/**
 * `expect(result).toMeetBudgets(limits?)`: every metric with a budget (perfgate.config
 * `budgets.routes` matching the result's route, plus inline `limits`) is measured and within its
 * error limit. Budget logic is core's (`limitsFor`, `budgetStatusFor`: p75 of a sample set).
 */
import { type BudgetLimits, type BudgetsConfig } from '@perfgate/core';
import type { PerfResult } from '../collect/result.js';
import type { PerfSampleSet } from '../collect/sample-set.js';
/** Inline limits: a number is an error limit (metric's unit); or `{ warn, error }`. */
export type InlineBudgets = Record<string, number | BudgetLimits>;
/** Outcome of a budget check (used by the matcher and its tests). */
export interface BudgetCheck {
    pass: boolean;
    checked: number;
    text: string;
}
/** Checks a result against config budgets plus inline limits. */
export declare function checkBudgets(result: PerfResult | PerfSampleSet, inline?: InlineBudgets, base?: BudgetsConfig): BudgetCheck;
/** The matcher function for `expect.extend`. */
export declare function toMeetBudgets(this: {
    isNot: boolean;
}, received: unknown, inline?: InlineBudgets): {
    pass: boolean;
    name: string;
    message: () => string;
};
//# sourceMappingURL=to-meet-budgets.d.ts.map