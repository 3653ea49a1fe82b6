// Barrel for trends: only re-exports.
export { detectChangePoints, type ChangePoint, type ChangePointOptions } from './change-points.js';
