// Markdown report for the PR comment and job summary: verdict and what to do, counts, findings, per-subject schema diffs.
import { stableJson } from '../catalog/canonical.js';
import type { Json } from '../findings/json.js';
import type { Severity } from '../findings/finding.js';
import type { GatedFinding, Reason } from '../policy/types.js';
import { describeFootprint, FOOTPRINT_CAVEAT, signed } from '../quality/footprint.js';
import { codeBlock, escapeHtmlText, escapeMarkdownText, inlineCode } from './escape.js';
import { bumpLabel, describeVersions, headline, SEVERITY_LABEL } from './summary.js';
import type { Report } from './types.js';
import { foldRepeats, KIND_LABEL, KIND_PLURAL } from './fold.js';
import { WITNESS_SHOWN, witnessSentence } from './witness.js';
import { usageEvidenceLines, usageSentence, type UsageWriter } from './usage.js';
import { formatCount } from '../count-format.js';

/** GitHub rejects comments over 65,536 characters; leave room for the sticky marker the Action adds. */
export const DEFAULT_MAX_MARKDOWN = 65_000;
export const DEFAULT_SUMMARY_POINTER = 'The report was cut to fit a comment: the full report is in the job summary.';

export interface MarkdownOptions {
  maxLength?: number;
  /** Trusted Markdown (from the caller, not the catalog) shown where the report was cut. */
  summaryPointer?: string;
  /** Trusted URL prefix usage references link to (e.g. `https://github.com/o/r/blob/<sha>/`); without it, plain `file:line`. */
  usageLinkBase?: string;
}

/** Usage references in a PR comment: `file:line` code spans, linked to the blob at that line when a base URL is given. */
function markdownUsageWriter(linkBase: string | undefined, inTable: boolean): UsageWriter {
  return {
    code: (text, maxLength) => inlineCode(text, { inTable, maxLength }),
    text: (text, maxLength) => escapeMarkdownText(text, maxLength),
    strong: (text) => `**${text}**`,
    location: (file, line) => {
      const shown = inlineCode(`${file}:${line}`, { inTable, maxLength: 120 });
      return linkBase ? `[${shown}](${linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line})` : shown;
    },
  };
}

/** The usage evidence section (bounded: one line per evidence source). */
function usageSection(report: Report): string {
  if (!report.usage) return '';
  const w = markdownUsageWriter(undefined, false);
  return ['', '#### Usage evidence', '', ...usageEvidenceLines(report.usage, w).map((l) => `- ${l}`), ''].join('\n') + '\n';
}

export const ICON: Record<Severity, string> = { breaking: '🛑', warning: '⚠️', safe: '✅', info: 'ℹ️' };

/**
 * A message that may quote names in backticks (`name`): quoted parts become safe code spans, the rest
 * escaped text. Safe whatever the input; a hostile name with backticks only shifts the formatting.
 */
export function richText(message: string, opts: { maxLength?: number; inTable?: boolean } = {}): string {
  const max = opts.maxLength ?? 1000;
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeMarkdownText(message, max);
  return parts
    .map((p, i) => (i % 2 === 1 ? inlineCode(p, { inTable: opts.inTable, maxLength: 160 }) : escapeMarkdownText(p, max)))
    .join('');
}

function cellJson(value: Json | undefined): string {
  if (value === undefined) return '';
  return inlineCode(stableJson(value), { inTable: true, maxLength: 120 });
}

function findingBadges(f: GatedFinding): string {
  const badges: string[] = [];
  if (f.waived)
    badges.push(
      `waived: ${escapeMarkdownText(f.waived.reason, 120)}${f.waived.expires ? ` (until ${escapeMarkdownText(f.waived.expires, 20)})` : ''}`,
    );
  if (f.approved) badges.push(`approved by ${escapeMarkdownText(f.approved.by, 80)}`);
  if (f.originalSeverity) badges.push(`was ${f.originalSeverity}`);
  return badges.length ? ` _(${badges.join('; ')})_` : '';
}

/** Most reasons shown in the lead; the rest are counted (each has its finding in the table anyway). */
const MAX_REASONS = 15;

function reasonLines(reasons: readonly Reason[]): string[] {
  const lines = reasons.slice(0, MAX_REASONS).map((r) => `- ${richText(r.message)}`);
  if (reasons.length > MAX_REASONS) lines.push(`- … and ${reasons.length - MAX_REASONS} more like these (see the findings below).`);
  return lines;
}

function tools(n: number): string {
  return `${n} tool${n === 1 ? '' : 's'}`;
}

function subjectKey(f: GatedFinding): string {
  return `${f.kind}\u0000${f.subject}`;
}

/** One collapsible section per subject: every change with its path and before → after, then description word diffs. */
function detailsBlock(findings: GatedFinding[]): string {
  const first = findings[0]!;
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const summary = (['breaking', 'warning', 'safe', 'info'] as const)
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
  const open = findings.some((f) => f.severity === 'breaking' && !f.waived && !f.approved) ? ' open' : '';
  const lines = [
    `<details${open}><summary>${ICON[first.severity]} ${KIND_LABEL[first.kind]} <code>${escapeHtmlText(first.subject, 120)}</code>: ${summary}</summary>`,
    '',
    '| Rule | Path | Before | After |',
    '|---|---|---|---|',
    ...findings.map(
      (f) =>
        `| ${ICON[f.severity]} ${inlineCode(f.rule, { inTable: true })} | ${f.path ? inlineCode(f.path, { inTable: true, maxLength: 160 }) : ''} | ${cellJson(f.before)} | ${cellJson(f.after)} |`,
    ),
  ];
  for (const f of findings) {
    const segments = f.extra?.wordDiffSegments;
    if (Array.isArray(segments)) {
      const text = segments
        .map((s) => {
          const seg = s as { op?: string; text?: string };
          return seg.op === 'delete' ? `[-${seg.text}-]` : seg.op === 'insert' ? `{+${seg.text}+}` : String(seg.text ?? '');
        })
        .join('');
      lines.push('', `Word diff of ${inlineCode(f.path || '/description')} (\`[-removed-]\` \`{+added+}\`):`, codeBlock(text, 'text'));
    }
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}

/** One collapsible section for a folded run of the same change: subject, path and before → after per row. */
function foldedDetailsBlock(findings: GatedFinding[]): string {
  const f = findings[0]!;
  return [
    `<details><summary>${ICON[f.severity]} ${findings.length} more ${KIND_PLURAL[f.kind]}: <code>${escapeHtmlText(f.rule, 80)}</code></summary>`,
    '',
    '| Subject | Path | Before | After |',
    '|---|---|---|---|',
    ...findings.map(
      (x) =>
        `| ${inlineCode(x.subject, { inTable: true, maxLength: 120 })} | ${x.path ? inlineCode(x.path, { inTable: true, maxLength: 160 }) : ''} | ${cellJson(x.before)} | ${cellJson(x.after)} |`,
    ),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** With `--lint all`, most "already there" lint findings listed in the collapsed table; the rest are in the JSON report. */
export const MAX_EXISTING_LINT_SHOWN = 20;

/** The token footprint and catalog-quality sections: bounded in size (top changes, capped list) so they always fit. */
function qualitySections(report: Report): string {
  const out: string[] = [];
  const f = report.footprint;
  if (f) {
    out.push(
      '#### Token footprint',
      '',
      `The tools cost about **${describeFootprint(f)}** of model context on every request (${f.tokenizer}; ${FOOTPRINT_CAVEAT}).`,
      '',
    );
    if (f.perTool.length) {
      out.push('| Tool | Base | Head | Change |', '|---|---:|---:|---:|');
      for (const t of f.perTool)
        out.push(
          `| ${inlineCode(t.tool, { inTable: true, maxLength: 80 })} | ${formatCount(t.base)} | ${formatCount(t.head)} | ${signed(t.delta)} |`,
        );
      out.push('');
    }
  }
  const lint = report.lint;
  if (lint) {
    const n = lint.new.length,
      { count: e, byRule, findings } = lint.existing;
    out.push('#### Catalog quality', '');
    if (n + e === 0) out.push('No lint findings.', '');
    else {
      out.push(
        `**${n} new** lint finding${n === 1 ? '' : 's'} in this change${n ? ' (in the table above; they count toward the gate)' : ''}; **${formatCount(e)} already there** (in the base too; not gated).`,
        '',
      );
      if (e) {
        out.push(
          `<details><summary>${formatCount(e)} lint finding${e === 1 ? '' : 's'} already in the base, by rule</summary>`,
          '',
          '| Rule | Findings |',
          '|---|---:|',
          ...Object.entries(byRule).map(([rule, k]) => `| ${inlineCode(rule, { inTable: true })} | ${formatCount(k)} |`),
          '',
        );
        if (findings?.length) {
          out.push('| Rule | Subject | Finding |', '|---|---|---|');
          for (const x of findings.slice(0, MAX_EXISTING_LINT_SHOWN)) {
            out.push(
              `| ${ICON[x.severity]} ${inlineCode(x.rule, { inTable: true })} | ${KIND_LABEL[x.kind]} ${inlineCode(x.subject, { inTable: true, maxLength: 80 })} | ${richText(x.message, { maxLength: 160, inTable: true })} |`,
            );
          }
          if (findings.length > MAX_EXISTING_LINT_SHOWN)
            out.push(`| | | … and ${findings.length - MAX_EXISTING_LINT_SHOWN} more (all are in the JSON report) |`);
          out.push('');
        } else out.push('Listed one by one with `--lint all` (or `policy.quality.lintReport: "all"`).', '');
        out.push('</details>', '');
      }
    }
  }
  return out.length ? '\n' + out.join('\n') : '';
}

/** Builds the Markdown as blocks (each complete on its own) so a cut never lands inside a table row or tag. */
function markdownBlocks(report: Report, opts: MarkdownOptions = {}): { head: string[]; rows: string[]; details: string[] } {
  const h = headline(report);
  const v = report.verdict;
  const icon = h.status === 'fail' ? '❌' : h.status === 'pass' ? '✅' : h.status === 'breaking' ? '🛑' : '✅';
  const head: string[] = [`### ${icon} mcp-contract: ${inlineCode(report.label, { maxLength: 100 })} — ${h.title}`, ''];
  if (h.actions.length) head.push('**What to do:**', '', ...reasonLines(h.actions), '');
  if (h.notes.length) head.push('**Notes:**', '', ...reasonLines(h.notes), '');

  const c = report.counts;
  head.push(
    `| ${ICON.breaking} Breaking | ${ICON.warning} Warning | ${ICON.safe} Safe | ${ICON.info} Info | Required bump | Version |`,
    '|---:|---:|---:|---:|---|---|',
    `| ${c.breaking} | ${c.warning} | ${c.safe} | ${c.info} | **${bumpLabel(report.requiredBump)}** | ${escapeMarkdownText(describeVersions(report), 120)}${v?.suggestedVersion ? ` → needs **${escapeMarkdownText(v.suggestedVersion, 40)}**` : ''} |`,
    '',
    `Base ${inlineCode(report.base.hash.slice(0, 19))} (${tools(report.base.toolCount)}${report.base.source ? `, ${inlineCode(report.base.source, { maxLength: 120 })}` : ''}) → head ${inlineCode(report.head.hash.slice(0, 19))} (${tools(report.head.toolCount)}${report.head.source ? `, ${inlineCode(report.head.source, { maxLength: 120 })}` : ''})`,
    '',
  );

  const rows: string[] = [];
  const items = foldRepeats(report.findings);
  if (report.findings.length) {
    head.push('| Severity | Rule | Subject | Change |', '|---|---|---|---|');
    for (const item of items) {
      if ('folded' in item) {
        const f = item.folded[0]!;
        const names = item.folded
          .slice(0, 10)
          .map((x) => inlineCode(x.subject, { inTable: true, maxLength: 60 }))
          .join(', ');
        rows.push(
          `| ${ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${inlineCode(f.rule, { inTable: true })} | ${item.folded.length} more ${KIND_PLURAL[f.kind]} | The same change for ${names}${item.folded.length > 10 ? ', …' : ''} (each in the details below and in the JSON report) |`,
        );
        continue;
      }
      const f = item.finding;
      const witness = witnessSentence(
        f,
        (instance) => inlineCode(instance, { inTable: true, maxLength: WITNESS_SHOWN }),
        (note) => escapeMarkdownText(note, 300),
      );
      const usage = usageSentence(f, markdownUsageWriter(opts.usageLinkBase ?? report.usage?.linkBase, true));
      rows.push(
        `| ${ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${inlineCode(f.rule, { inTable: true })} | ${KIND_LABEL[f.kind]} ${inlineCode(f.subject, { inTable: true, maxLength: 80 })} | ${richText(f.message, { maxLength: 400, inTable: true })}${findingBadges(f)}${witness ? `<br>${witness}` : ''}${usage ? `<br>${usage}` : ''} |`,
      );
    }
  }

  // Details: one section per subject, and one per folded run (its subjects side by side in one table).
  const folded = new Set(items.flatMap((i) => ('folded' in i ? i.folded : [])));
  const groups = new Map<string, GatedFinding[]>();
  for (const f of report.findings) {
    if (folded.has(f)) continue;
    const key = subjectKey(f);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  const details = [...groups.values()].map(detailsBlock);
  for (const item of items) if ('folded' in item) details.push(foldedDetailsBlock(item.folded));
  return { head, rows, details };
}

/**
 * Renders the Markdown report. When it would exceed `maxLength` (default 65,000), whole blocks are kept
 * in order (heading, counts, table rows, details sections) and the rest replaced by the pointer line.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? DEFAULT_MAX_MARKDOWN;
  const { head, rows, details } = markdownBlocks(report, opts);
  const headText = head.join('\n') + '\n';
  const rowsText = rows.map((r) => r + '\n');
  let quality = usageSection(report) + qualitySections(report);
  const detailsText = details.length ? ['\n#### Details\n\n', ...details] : [];
  const full = headText + rowsText.join('') + quality + detailsText.join('');
  if (full.length <= max) return full;

  const omittedNote = (rowsLeft: number, sectionsLeft: number) => {
    const parts = [];
    if (rowsLeft) parts.push(`${rowsLeft} more finding${rowsLeft === 1 ? '' : 's'}`);
    if (sectionsLeft) parts.push(`${sectionsLeft} detail section${sectionsLeft === 1 ? '' : 's'}`);
    return `\n> ✂️ ${parts.join(' and ')} not shown. ${opts.summaryPointer ?? DEFAULT_SUMMARY_POINTER}\n`;
  };
  // Reserve room for the pointer with the largest counts it could show, and for the (bounded) quality sections.
  const note = omittedNote(rows.length, details.length).length;
  if (headText.length + quality.length + note > max) quality = '';
  const reserve = note + quality.length;
  let out = headText;
  if (out.length + reserve > max) {
    // Even the heading does not fit (a tiny limit or a flood of reasons): the verdict line alone, without catalog text.
    const h = headline(report);
    return `### mcp-contract — ${h.title}\n` + omittedNote(rows.length, details.length);
  }
  let shownRows = 0;
  for (const r of rowsText) {
    if (out.length + r.length + reserve > max) break;
    out += r;
    shownRows++;
  }
  out += quality;
  let shownDetails = 0;
  if (shownRows === rows.length && detailsText.length) {
    const [title, ...sections] = detailsText;
    if (out.length + title!.length + (sections[0]?.length ?? 0) + note <= max) {
      out += title;
      for (const s of sections) {
        if (out.length + s.length + note > max) break;
        out += s;
        shownDetails++;
      }
    }
  }
  return out + omittedNote(rows.length - shownRows, details.length - shownDetails);
}
