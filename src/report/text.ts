// Terminal report: the verdict and what to do first, then findings grouped by severity; colour only when asked.
import { stableJson } from '../catalog/canonical.js';
import type { Json } from '../findings/json.js';
import type { Severity } from '../findings/finding.js';
import { SEVERITIES } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { describeFootprint, FOOTPRINT_CAVEAT, signed } from '../quality/footprint.js';
import { oneLine } from '../text.js'; // catalog text for a terminal: controls (ANSI escapes too) and bidi shown, not obeyed
import { describeVersions, headline, SEVERITY_LABEL } from './summary.js';
import type { Report } from './types.js';
import { foldRepeats, KIND_PLURAL } from './fold.js';
import { WITNESS_SHOWN, witnessSentence } from './witness.js';

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
    `  version ${oneLine(describeVersions(report), 120)}; required bump: ${report.requiredBump}${report.verdict?.suggestedVersion ? `; needs ${oneLine(report.verdict.suggestedVersion, 40)}` : ''}`,
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
  lines.push(...qualityLines(report, paint));
  return lines.join('\n') + '\n';
}

function qualityLines(report: Report, paint: (c: keyof typeof ANSI, s: string) => string): string[] {
  const lines: string[] = [];
  const f = report.footprint;
  if (f) {
    lines.push('', `${paint('bold', 'TOKEN FOOTPRINT')}  ${describeFootprint(f)} per request (${f.tokenizer}; ${FOOTPRINT_CAVEAT})`);
    const width = Math.max(0, ...f.perTool.map((t) => signed(t.delta).length));
    for (const t of f.perTool)
      lines.push(
        `  ${signed(t.delta).padStart(width)}  ${oneLine(t.tool, 100)} (${t.base.toLocaleString('en-US')} → ${t.head.toLocaleString('en-US')})`,
      );
  }
  const lint = report.lint;
  if (lint) {
    const { count, byRule, findings } = lint.existing;
    lines.push(
      '',
      `${paint('bold', 'LINT')}  ${lint.new.length} new in this change (listed above, gated); ${count.toLocaleString('en-US')} already in the base (not gated${count && !findings ? '; `--lint all` lists them' : ''})`,
    );
    for (const [rule, n] of Object.entries(byRule)) lines.push(paint('dim', `  ${n.toLocaleString('en-US').padStart(7)}  ${rule}`));
    for (const x of findings ?? [])
      lines.push(paint('dim', `  ${x.rule}  ${x.kind} ${oneLine(x.subject, 100)}: ${oneLine(x.message, 300)}`));
  }
  return lines;
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
  if (f.before !== undefined || f.after !== undefined) out.push(paint('dim', `    ${json(f.before)} → ${json(f.after)}`));
  const witness = witnessSentence(
    f,
    (instance) => oneLine(instance, WITNESS_SHOWN),
    (note) => oneLine(note, 300),
  );
  if (witness) out.push(`    ${witness}`);
  return out;
}
