// Barrel for history; filled by its owner. Only re-exports.
export {};
