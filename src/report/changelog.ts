// Release notes between two catalogs: the contract changes grouped by severity (as `oasdiff changelog`), in Markdown, text or JSON.
import { SEVERITIES, type Severity } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { oneLine } from '../text.js';
import { escapeMarkdownText, inlineCode } from './escape.js';
import { KIND_LABEL } from './fold.js';
import { ICON } from './markdown.js';
import { bumpLabel } from './summary.js';
import type { Report } from './types.js';

export const CHANGELOG_FORMATS = ['markdown', 'text', 'json'] as const;
export type ChangelogFormat = (typeof CHANGELOG_FORMATS)[number];

/** The heading of each severity's section in the release notes. */
export const CHANGELOG_HEADING: Record<Severity, string> = {
  breaking: 'Breaking changes',
  warning: 'Changes to review',
  safe: 'Additions and compatible changes',
  info: 'Other changes',
};

function groups(report: Report): Array<[Severity, GatedFinding[]]> {
  return SEVERITIES.map((s): [Severity, GatedFinding[]] => [s, report.findings.filter((f) => f.severity === s)]).filter(
    ([, list]) => list.length > 0,
  );
}

/** "demo 1.0.0 → 1.1.0" (a missing version as "?"). */
function title(report: Report, show: (text: string) => string): string {
  return `${show(report.label)} ${show(report.base.version ?? '?')} → ${show(report.head.version ?? '?')}`;
}

function bumpSentence(report: Report): string {
  return report.findings.length === 0 ? 'No contract changes.' : `Requires a ${bumpLabel(report.requiredBump)} version bump.`;
}

function renderMarkdown(report: Report): string {
  const lines = [`## ${title(report, (t) => escapeMarkdownText(t, 100))}`, '', bumpSentence(report)];
  for (const [severity, list] of groups(report)) {
    lines.push('', `### ${ICON[severity]} ${CHANGELOG_HEADING[severity]} (${list.length})`, '');
    for (const f of list) {
      lines.push(
        `- ${KIND_LABEL[f.kind]} ${inlineCode(f.subject, { maxLength: 100 })}: ${escapeMarkdownText(f.message, 600)} (${inlineCode(f.rule)})`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function renderText(report: Report): string {
  const lines = [title(report, (t) => oneLine(t, 100)), bumpSentence(report)];
  for (const [severity, list] of groups(report)) {
    lines.push('', `${CHANGELOG_HEADING[severity]} (${list.length})`);
    for (const f of list) lines.push(`  - ${KIND_LABEL[f.kind]} ${oneLine(f.subject, 100)}: ${oneLine(f.message, 600)} [${f.rule}]`);
  }
  return lines.join('\n') + '\n';
}

function renderJson(report: Report): string {
  const side = (r: Report['base']) => ({ ...(r.name ? { name: r.name } : {}), ...(r.version ? { version: r.version } : {}), hash: r.hash });
  const changes = Object.fromEntries(
    SEVERITIES.map((s) => [
      s,
      report.findings
        .filter((f) => f.severity === s)
        .map((f) => ({ rule: f.rule, kind: f.kind, subject: f.subject, path: f.path, message: f.message })),
    ]),
  );
  return JSON.stringify({ base: side(report.base), head: side(report.head), requiredBump: report.requiredBump, changes }, null, 2) + '\n';
}

/** The release notes of a diff report (lint and footprint left out: they describe the head, not a change). */
export function renderChangelog(report: Report, format: ChangelogFormat): string {
  return format === 'json' ? renderJson(report) : format === 'text' ? renderText(report) : renderMarkdown(report);
}
