// Barrel for budgets; filled by its owner. Only re-exports.
export {};
