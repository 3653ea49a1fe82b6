import type { RunReport } from '../model.js';
import { prettyJson } from '../baseline/json-file.js';

/** Version of the JSON report format written by {@link renderJson} (`reportVersion`). */
export const REPORT_VERSION = 1;

/** The report as pretty JSON with a `reportVersion` marker; read it back with `parseReport`. */
export function renderJson(report: RunReport): string {
  return prettyJson({ reportVersion: REPORT_VERSION, ...report });
}
