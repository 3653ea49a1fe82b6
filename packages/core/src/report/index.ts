// Barrel for report; filled by its owner. Only re-exports.
export {};
