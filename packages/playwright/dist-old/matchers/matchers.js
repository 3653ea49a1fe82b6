/** The matchers `expect` is extended with. */
import { toMatchBaseline } from './to-match-baseline.js';
import { toMeetBudgets } from './to-meet-budgets.js';
export const perfMatchers = { toMeetBudgets, toMatchBaseline };
//# sourceMappingURL=matchers.js.map