// Barrel for gate; filled by its owner. Only re-exports.
export {};
