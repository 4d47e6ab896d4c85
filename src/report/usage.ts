// The usage parts of the reports: each breaking finding's label with its references (file:line) and example call, and the evidence section.
import { stableJson } from '../catalog/canonical.js';
import type { Finding } from '../findings/finding.js';
import { usageOf, type FindingUsage } from '../usage/impact.js';
import type { UsageSection } from '../usage/types.js';

/** References listed under one finding (all are in the JSON report). */
const REFERENCES_SHOWN = 5;
/** Longest example call shown (characters of its JSON). */
const EXAMPLE_SHOWN = 160;

export const USAGE_LABEL_TEXT: Record<FindingUsage['label'], string> = {
  broken: 'broken',
  'potentially-affected': 'potentially affected',
  unaffected: 'unaffected',
};

/** How a surface writes the pieces: code spans, plain text, a file:line reference (a link in a PR comment). */
export interface UsageWriter {
  code(text: string, maxLength: number): string;
  text(text: string, maxLength: number): string;
  location(file: string, line: number): string;
  strong(text: string): string;
}

/** The one line a finding's usage adds under it, or undefined when it has no label. */
export function usageSentence(f: Finding, w: UsageWriter): string | undefined {
  const u = usageOf(f);
  if (!u) return undefined;
  const parts = [
    `usage: ${w.strong(USAGE_LABEL_TEXT[u.label])}${u.demoted ? ' (demoted to a warning: nothing uses it)' : ''} — ${w.text(u.reason, 300)}`,
  ];
  if (u.references.length) {
    const shown = u.references.slice(0, REFERENCES_SHOWN).map((r) => w.location(r.file, r.line));
    parts.push(`in ${shown.join(', ')}${u.referenceCount > shown.length ? ` and ${u.referenceCount - shown.length} more` : ''}`);
  }
  const ex = u.calls?.example;
  if (ex) parts.push(`e.g. ${w.code(stableJson(ex.arguments), EXAMPLE_SHOWN)} (${w.text(ex.source, 120)}: ${w.text(ex.error, 120)})`);
  return parts.join('; ');
}

/** The evidence lines: what was read, how much, how old, and what the labels came to. */
export function usageEvidenceLines(section: UsageSection, w: Pick<UsageWriter, 'text'>): string[] {
  const lines: string[] = [];
  if (section.empty)
    lines.push('No usage evidence was read (no file matched, no call recorded): no finding is called unused, nothing is demoted.');
  for (const s of section.sources) {
    const what =
      s.kind === 'references'
        ? `${s.count} file${s.count === 1 ? '' : 's'} scanned for references (${w.text(s.origin, 300)})`
        : `${s.count} recorded call${s.count === 1 ? '' : 's'} from ${w.text(s.origin, 200)}`;
    const age = s.oldest
      ? `, recorded ${w.text(s.oldest, 30)} to ${w.text(s.newest ?? s.oldest, 30)}`
      : s.kind === 'calls'
        ? ', without times'
        : '';
    lines.push(`${what}${age}${s.notes.length ? ` (${w.text(s.notes.join('; '), 300)})` : ''}`);
  }
  const l = section.labels;
  if (section.demoteUnused && section.sources.some((s) => s.incomplete)) {
    lines.push('Nothing was demoted: a limit left some evidence unread (see above), and an unread file may hold the one use.');
  }
  lines.push(
    `Breaking findings: ${l.broken} broken, ${l['potentially-affected']} potentially affected, ${l.unaffected} unaffected${section.demoteUnused ? `; ${section.demoted} demoted to warnings (demote-unused)` : ''}.`,
  );
  return lines;
}
