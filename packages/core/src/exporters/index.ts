// Barrel for exporters. Only re-exports.
export { parseExportersConfig, exportersConfigSchema } from './config.js';
export type { ExportersConfig, ExportersConfigInput, PushgatewayConfig, OtlpConfig } from './config.js';
export { toExportBatch } from './export-points.js';
export type { ExportBatch, ExportPoint, Exportable, LabelOptions } from './export-points.js';
export { pushToPushgateway, toPrometheusText, pushgatewayPath, escapeLabelValue, PROMETHEUS_FAMILIES } from './pushgateway.js';
export type { PushgatewayOptions, ExportResult } from './pushgateway.js';
export { exportOtlp, toOtlpJson } from './otlp.js';
export type { OtlpOptions } from './otlp.js';
export { exportRun } from './export-run.js';
export { routeLabel, metricLabel, branchLabel, MAX_ROUTE_LABEL } from './labels.js';
export { sendWithRetry } from './http-send.js';
export type { SendOptions, SendResult } from './http-send.js';
export { redact, safeOrigin } from './redact.js';
