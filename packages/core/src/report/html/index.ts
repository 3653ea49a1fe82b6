// Barrel for the HTML report renderer. Only re-exports.
export { renderHtml, DEFAULT_MAX_CHARTS } from './render-html.js';
export type { RenderHtmlOptions } from './render-html.js';
export { seriesKey, trendSeries } from './trend-series.js';
export type { ChangePointMark, TrendSeries } from './trend-series.js';
export { escapeHtml, jsonForScript } from './escape-html.js';
export { chartLibrary } from './chart-library.js';
export type { InlineChartLibrary } from './chart-library.js';
export { DEFAULT_FIELD_WINDOWS, fieldValuesFromHistory } from './field-values.js';
export type { FieldValue } from './field-values.js';
