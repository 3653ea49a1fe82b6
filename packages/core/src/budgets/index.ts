// Barrel for budgets. Only re-exports.
export { evaluateBudgets, budgetStatusFor, limitsFor } from './evaluate-budgets.js';
export type { BudgetViolation } from './evaluate-budgets.js';
export { matchRoute } from './match-route.js';
export { budgetValue } from './budget-value.js';
export { BUILD_ROUTE, BUILD_BUDGET_METRICS } from './build-totals.js';
