// Barrel for alerts; filled by its owner. Only re-exports.
export {};
