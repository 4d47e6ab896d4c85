// Picks the renderer for a format; every renderer is pure and returns a string.
import { UserError } from '../errors.js';
import { renderGithubActions } from './githubactions.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { MarkdownOptions } from './markdown.js';
import { renderSarif } from './sarif.js';
import type { SarifOptions } from './sarif.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'sarif', 'githubactions', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions extends MarkdownOptions, SarifOptions {
  /** ANSI colour in the text format (the CLI decides it: commands/output.ts useColor). */
  color?: boolean;
}

export function renderReport(report: Report, format: ReportFormat, opts: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, opts);
    case 'markdown':
      return renderMarkdown(report, opts);
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, opts);
    case 'githubactions':
      return renderGithubActions(report, opts);
    case 'junit':
      return renderJunit(report);
  }
}

/** Validates a --format value (UserError naming the choices). */
export function parseFormat(value: string | undefined, fallback: ReportFormat = 'text'): ReportFormat {
  if (value === undefined) return fallback;
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new UserError(`unknown --format "${value}"`, { hint: `use one of: ${REPORT_FORMATS.join(', ')}.` });
}
