// Barrel for config; filled by its owner. Only re-exports.
export {};
