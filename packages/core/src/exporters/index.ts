// Barrel for exporters; filled by its owner. Only re-exports.
export {};
