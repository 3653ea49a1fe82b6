// @perfgate/next/server: the ingest side of field monitoring. Only re-exports.
export { createVitalsHandler, type VitalsHandler, type VitalsHandlerStats } from './field/server/vitals-handler.js';
export type { VitalsHandlerOptions, RunHistory } from './field/server/handler-options.js';
export { VitalsHandlerOptionsError } from './field/server/errors.js';
export type { FieldSummary } from './field/server/window-run.js';
export type { RateLimiterOptions } from './field/server/rate-limiter.js';
export { parseBeacon, beaconSchema } from './field/server/payload-schema.js';
export { toRoutePattern } from './field/route-pattern.js';
export type { VitalsBeacon, BeaconEntry, FieldMetricId } from './field/protocol.js';
