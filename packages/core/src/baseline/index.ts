// Barrel for baseline; filled by its owner. Only re-exports.
export {};
