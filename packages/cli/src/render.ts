import type { RunReport } from '@perfgate/core';
import { renderJson, renderMarkdown, renderText, shouldUseColor } from '@perfgate/core';
import type { CliContext } from './context.js';

export const FORMATS = ['text', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders a report in a CLI format; text is coloured only on a TTY without `CI`/`NO_COLOR`. */
export function renderReport(report: RunReport, format: Format, ctx: CliContext): string {
  if (format === 'json') return renderJson(report);
  if (format === 'md') return renderMarkdown(report);
  return renderText(report, { color: shouldUseColor({ isTTY: ctx.isTTY }, ctx.env) });
}
