// The report stage's public surface: build a Report, render it, escape catalog text for Markdown.
export { buildReport, countBySeverity, requiredBumpOf, sortFindings } from './build.js';
export type { BuildReportArgs } from './build.js';
export { parseFormat, renderReport, REPORT_FORMATS } from './render.js';
export type { RenderOptions, ReportFormat } from './render.js';
export { codeBlock, escapeHtmlText, escapeMarkdownText, inlineCode, revealHidden, truncateText } from './escape.js';
export { DEFAULT_MAX_MARKDOWN, DEFAULT_SUMMARY_POINTER, renderMarkdown, richText } from './markdown.js';
export { toJsonReport } from './json.js';
export type { JsonFinding, JsonReport } from './json.js';
export { SARIF_SCHEMA, toSarifLog } from './sarif.js';
export type { SarifLog } from './sarif.js';
export type { CatalogRef, LintSection, Report } from './types.js';
