// Barrel for trends; filled by its owner. Only re-exports.
export {};
