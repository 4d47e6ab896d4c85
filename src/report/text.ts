// Terminal report: the verdict and what to do first, then findings grouped by severity; colour only when asked.
import { stableJson } from '../catalog/canonical.js';
import type { Json } from '../findings/json.js';
import type { Severity } from '../findings/finding.js';
import { BUMP_ORDER, SEVERITIES } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { describeFootprint, FOOTPRINT_CAVEAT, signed } from '../quality/footprint.js';
import { oneLine } from '../text.js'; // catalog text for a terminal: controls (ANSI escapes too) and bidi shown, not obeyed
import { describeVersions, headline, SEVERITY_LABEL } from './summary.js';
import type { Report } from './types.js';
import { foldRepeats, KIND_PLURAL } from './fold.js';
import { WITNESS_SHOWN, witnessSentence } from './witness.js';
import { usageEvidenceLines, usageSentence, type UsageWriter } from './usage.js';
import { formatCount } from '../count-format.js';

const TEXT_USAGE_WRITER: UsageWriter = {
  code: (text, max) => oneLine(text, max),
  text: (text, max) => oneLine(text, max),
  strong: (text) => text.toUpperCase(),
  location: (file, line) => `${oneLine(file, 160)}:${line}`,
};

const ANSI = { red: '31', yellow: '33', green: '32', dim: '2', bold: '1', cyan: '36' } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof ANSI> = { breaking: 'red', warning: 'yellow', safe: 'green', info: 'dim' };

function json(value: Json | undefined): string {
  return value === undefined ? '—' : oneLine(stableJson(value), 100);
}

export function renderText(report: Report, opts: { color?: boolean } = {}): string {
  const paint = (color: keyof typeof ANSI, s: string) => (opts.color ? `\u001b[${ANSI[color]}m${s}\u001b[0m` : s);
  const h = headline(report);
  const mark =
    h.status === 'fail'
      ? paint('red', '✗ FAIL')
      : h.status === 'pass'
        ? paint('green', '✓ PASS')
        : h.status === 'breaking'
          ? paint('red', '✗ BREAKING')
          : paint('green', '✓ OK');
  const lines: string[] = [`${mark}  ${oneLine(report.label, 100)}: ${h.title}`];
  lines.push(
    `  version ${oneLine(describeVersions(report), 120)}; required bump: ${report.requiredBump}${report.verdict?.suggestedVersion ? `; needs ${oneLine(report.verdict.suggestedVersion, 40)}` : ''}${whyItPasses(report)}`,
  );
  lines.push(
    paint(
      'dim',
      `  base ${report.base.hash.slice(0, 19)} (${report.base.toolCount} tool${report.base.toolCount === 1 ? '' : 's'}${report.base.source ? `, ${oneLine(report.base.source, 120)}` : ''}) → head ${report.head.hash.slice(0, 19)} (${report.head.toolCount} tool${report.head.toolCount === 1 ? '' : 's'}${report.head.source ? `, ${oneLine(report.head.source, 120)}` : ''})`,
    ),
  );
  if (h.actions.length) {
    lines.push('', paint('bold', 'What to do:'));
    for (const r of h.actions) lines.push(`  - ${oneLine(r.message, 1000)}`);
  }
  if (h.notes.length) {
    lines.push('');
    for (const r of h.notes) lines.push(paint('dim', `  note: ${oneLine(r.message, 1000)}`));
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', paint(SEVERITY_COLOR[severity], paint('bold', `${SEVERITY_LABEL[severity].toUpperCase()} (${group.length})`)));
    for (const item of foldRepeats(group)) {
      if ('finding' in item) lines.push(...findingLines(item.finding, paint));
      else {
        const names = item.folded
          .slice(0, 8)
          .map((x) => oneLine(x.subject, 60))
          .join(', ');
        lines.push(
          `  ${paint('cyan', item.folded[0]!.rule)}  … and ${item.folded.length} more ${KIND_PLURAL[item.folded[0]!.kind]} with the same change: ${names}${item.folded.length > 8 ? ', …' : ''} (all in --format json)`,
        );
      }
    }
  }
  if (report.usage)
    lines.push('', paint('bold', 'USAGE EVIDENCE'), ...usageEvidenceLines(report.usage, TEXT_USAGE_WRITER).map((l) => `  ${l}`));
  lines.push(...qualityLines(report, paint));
  return lines.join('\n') + '\n';
}

/**
 * Why a passing check passes when its findings ask for a bump: the head's bump covers it, or none of the findings is
 * severe enough to fail this check (the policy's failOn), so the bump is advice. Empty when there is nothing to explain.
 */
function whyItPasses(report: Report): string {
  const v = report.verdict;
  if (!v || v.verdict !== 'pass' || v.requiredBump === 'none') return '';
  const actual = v.actualBump;
  if (actual !== 'downgrade' && actual !== 'unknown' && BUMP_ORDER.indexOf(actual) >= BUMP_ORDER.indexOf(v.requiredBump)) {
    return ' (the version bump covers it)';
  }
  if (v.findings.some((f) => f.approved)) return ` (it passes: the changes that need the ${v.requiredBump} bump are approved)`;
  if (v.findings.some((f) => f.waived)) {
    return ` (it passes: what would fail it is waived, the rest is below policy.failOn, so the ${v.requiredBump} bump is advice)`;
  }
  return ` (it passes: no finding is severe enough to fail this check, so the ${v.requiredBump} bump is advice; policy.failOn sets the severity that fails)`;
}

function qualityLines(report: Report, paint: (c: keyof typeof ANSI, s: string) => string): string[] {
  const lines: string[] = [];
  const f = report.footprint;
  if (f) {
    // A catalog-footprint-grew finding above states the total already: the section then adds only the per-tool changes.
    const totalShown = report.findings.some((x) => x.rule === 'catalog-footprint-grew');
    const header = totalShown
      ? `by tool (the total is in catalog-footprint-grew above; ${f.tokenizer}, an estimate)`
      : `${describeFootprint(f)} per request (${f.tokenizer}; ${FOOTPRINT_CAVEAT})`;
    if (!totalShown || f.perTool.length) lines.push('', `${paint('bold', 'TOKEN FOOTPRINT')}  ${header}`);
    const width = Math.max(0, ...f.perTool.map((t) => signed(t.delta).length));
    for (const t of f.perTool)
      lines.push(`  ${signed(t.delta).padStart(width)}  ${oneLine(t.tool, 100)} (${formatCount(t.base)} → ${formatCount(t.head)})`);
  }
  const lint = report.lint;
  if (lint) {
    const { count: e, byRule, findings } = lint.existing;
    const n = lint.new.length;
    // Comparing a catalog with itself changes nothing: what the base already had is counted, not listed again.
    const unchanged = report.base.hash === report.head.hash && report.findings.length === 0;
    const fresh =
      n === 0 ? 'nothing new in this change' : `${n} new in this change (listed above with the other findings; they count toward the gate)`;
    const old =
      e === 0
        ? 'none the base already had'
        : `${formatCount(e)} the base already had (not gated${findings ? '' : '; `--lint all` lists them'})${unchanged ? '' : ':'}`;
    lines.push('', `${paint('bold', 'LINT')}  ${fresh}; ${old}`);
    if (unchanged) return lines;
    for (const [rule, k] of Object.entries(byRule)) lines.push(paint('dim', `  ${formatCount(k).padStart(7)}  ${rule}`));
    for (const x of findings ?? [])
      lines.push(paint('dim', `  ${x.rule}  ${x.kind} ${oneLine(x.subject, 100)}: ${oneLine(x.message, 300)}`));
  }
  return lines;
}

/** Whether `message` holds `value` as a whole token (10 is not in "100" or "10.5"; a plain scan, no regex from catalog text). */
function quotes(message: string, value: string): boolean {
  const word = (c: string | undefined) => c !== undefined && /[\w]/.test(c);
  for (let at = message.indexOf(value); at >= 0; at = message.indexOf(value, at + 1)) {
    const before = message[at - 1],
      after = message[at + value.length];
    const decimal = after === '.' && /\d/.test(message[at + value.length + 1] ?? '');
    if (!word(before) && before !== '.' && !word(after) && !decimal) return true;
  }
  return false;
}

/**
 * The before/after values of a finding as a reviewer reads them: `added: …`, `removed: …` or `a → b`; nothing when the
 * message already quotes every value shown (a line that repeats the sentence above it says nothing).
 */
function valueLine(f: GatedFinding): string | undefined {
  if (f.before === undefined && f.after === undefined) return undefined;
  const shown = [f.before, f.after].filter((v) => v !== undefined).map((v) => json(v));
  if (shown.every((text) => quotes(f.message, text))) return undefined;
  if (f.before === undefined) return `added: ${json(f.after)}`;
  if (f.after === undefined) return `removed: ${json(f.before)}`;
  return `${json(f.before)} → ${json(f.after)}`;
}

function findingLines(f: GatedFinding, paint: (c: keyof typeof ANSI, s: string) => string): string[] {
  const tags = [
    f.waived ? `waived: ${oneLine(f.waived.reason, 120)}${f.waived.expires ? ` (until ${oneLine(f.waived.expires, 20)})` : ''}` : '',
    f.approved ? `approved by ${oneLine(f.approved.by, 80)}` : '',
    f.originalSeverity ? `was ${f.originalSeverity}` : '',
  ].filter(Boolean);
  const out = [
    `  ${paint('cyan', f.rule)}  ${f.kind} ${oneLine(f.subject, 100)}${f.path ? ` ${oneLine(f.path, 160)}` : ''}${tags.length ? paint('dim', `  [${tags.join('; ')}]`) : ''}`,
  ];
  out.push(`    ${oneLine(f.message, 600)}`);
  const values = valueLine(f);
  if (values) out.push(paint('dim', `    ${values}`));
  const witness = witnessSentence(
    f,
    (instance) => oneLine(instance, WITNESS_SHOWN),
    (note) => oneLine(note, 300),
  );
  if (witness) out.push(`    ${witness}`);
  const usage = usageSentence(f, TEXT_USAGE_WRITER);
  if (usage) out.push(`    ${usage}`);
  return out;
}
