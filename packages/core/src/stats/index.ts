// Barrel for stats; filled by its owner. Only re-exports.
export type * from './compare-types.js';
