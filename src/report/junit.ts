// The `junit` format: one test case per finding and per blocking gate reason, failures exactly where the run fails.
import { atOrAbove } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { oneLine, revealHidden, truncateText } from '../text.js';
import { annotationLevel, coveredNote, reportFails } from './githubactions.js';
import { headline } from './summary.js';
import type { Report } from './types.js';

/** Unpaired surrogates and U+FFFE/U+FFFF: not allowed in XML 1.0 (controls are made visible by revealHidden). */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** Untrusted text as XML character data or an attribute value: hidden characters shown, the five specials escaped. */
export function escapeXml(text: string): string {
  return revealHidden(String(text))
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;');
}

interface Case {
  classname: string;
  name: string;
  outcome: 'failure' | 'skipped' | 'passed';
  message: string;
  detail?: string;
}

/** Whether a finding is one the run fails on: a blocking break of the gate, or for a plain diff one at its --fail-on level. */
function failsOn(f: GatedFinding, report: Report, fails: boolean): boolean {
  return report.verdict ? annotationLevel(f, fails) === 'error' : atOrAbove(f.severity, report.failOn ?? 'breaking');
}

function findingCase(f: GatedFinding, report: Report, fails: boolean): Case {
  const outcome = f.waived || f.approved ? 'skipped' : failsOn(f, report, fails) ? 'failure' : 'passed';
  return {
    classname: oneLine(`${f.kind}.${f.subject}`),
    name: oneLine(`${f.rule}${f.path ? ` ${f.path}` : ''} (${f.severity})`),
    outcome,
    message: truncateText(`${f.message}${coveredNote(f)}`, 4000),
  };
}

function caseXml(c: Case): string {
  const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}"`;
  if (c.outcome === 'passed') return `${open}>\n      <system-out>${escapeXml(c.message)}</system-out>\n    </testcase>`;
  const tag =
    c.outcome === 'failure'
      ? `<failure type="${escapeXml(c.name.split(' ')[0]!)}" message="${escapeXml(c.message)}"/>`
      : `<skipped message="${escapeXml(c.message)}"/>`;
  return `${open}>\n      ${tag}\n    </testcase>`;
}

/**
 * JUnit XML: a test case per finding (a blocking break fails, a waived or approved one is skipped, the rest pass with
 * their message as output) and a failing case per blocking gate reason, so the failures count is non-zero exactly when
 * the run fails. A clean run still has one passing case, which CI systems show as the verdict.
 */
export function renderJunit(report: Report): string {
  const fails = reportFails(report);
  const label = oneLine(report.label, 100);
  const cases = report.findings.map((f) => findingCase(f, report, fails));
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    cases.push({ classname: 'gate', name: `gate/${r.code}`, outcome: 'failure', message: truncateText(r.message, 4000) });
  }
  if (cases.length === 0) cases.push({ classname: 'gate', name: 'contract', outcome: 'passed', message: headline(report).title });
  const failures = cases.filter((c) => c.outcome === 'failure').length;
  const skipped = cases.filter((c) => c.outcome === 'skipped').length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mcp-contract" ${counts}>`,
    `  <testsuite name="${escapeXml(`mcp-contract ${label}`)}" ${counts}>`,
    ...cases.map(caseXml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
