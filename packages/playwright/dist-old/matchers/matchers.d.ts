/** The matchers `expect` is extended with. */
import { toMatchBaseline } from './to-match-baseline.js';
import { toMeetBudgets } from './to-meet-budgets.js';
export declare const perfMatchers: {
    toMeetBudgets: typeof toMeetBudgets;
    toMatchBaseline: typeof toMatchBaseline;
};
//# sourceMappingURL=matchers.d.ts.map