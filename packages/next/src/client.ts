'use client';
// @perfgate/next/client: the browser side of field monitoring. Only re-exports.
export { PerfgateVitals, type PerfgateVitalsProps } from './field/client/PerfgateVitals.js';
export { startVitals, type StartVitalsOptions, type WebVitalsApi } from './field/client/start-vitals.js';
export { toRoutePattern, type RouteParams } from './field/route-pattern.js';
export type { TransportMode } from './field/client/send-payload.js';
export type { VitalsBeacon, BeaconEntry, FieldMetricId } from './field/protocol.js';
