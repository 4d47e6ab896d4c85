// The `githubactions` format: the verdict line, then one workflow-command annotation per finding (::error file=…,title=…::msg).
import { atOrAbove } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { oneLine, revealHidden, truncateText } from '../text.js';
import { headline } from './summary.js';
import type { Report } from './types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub shows only the first few annotations of each level per step; more would only flood the log. */
export const MAX_WORKFLOW_ANNOTATIONS = 50;

/**
 * Level of a finding: a breaking change is an error only when it blocks (the verdict fails and no
 * waiver or approval covers it); a covered break, or a warning, is a warning; safe changes are
 * notices; info findings are not annotated.
 */
export function annotationLevel(f: GatedFinding, verdictFails: boolean): AnnotationLevel | undefined {
  if (f.severity === 'info') return undefined;
  if (f.severity === 'breaking') return verdictFails && !f.waived && !f.approved ? 'error' : 'warning';
  if (f.severity === 'warning') return 'warning';
  return 'notice';
}

/** What covers a finding, as a clause for its message: " (approved by …)", " (waived: …)" or "". */
export function coveredNote(f: GatedFinding): string {
  return f.approved ? ` (approved by ${f.approved.by})` : f.waived ? ` (waived: ${f.waived.reason})` : '';
}

/** An annotation's title: the server and the rule, one visible line (the label is untrusted catalog text). */
export function annotationTitle(label: string, f: GatedFinding): string {
  return oneLine(`mcp-contract ${label}: ${f.rule} (${f.severity})`);
}

/** Whether the run this report ends fails: the gate's verdict, or for a plain diff a finding at its --fail-on level (its exit 1). */
export function reportFails(report: Report): boolean {
  return report.verdict
    ? report.verdict.verdict === 'fail'
    : report.findings.some((f) => atOrAbove(f.severity, report.failOn ?? 'breaking'));
}

/**
 * A workflow command's message: hidden characters shown, then `%`, CR and LF percent-encoded as the runner decodes
 * them, so untrusted text stays on its one line and cannot start a command of its own.
 */
export function escapeCommandData(text: string): string {
  return revealHidden(String(text)).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (file, title): as data, and `:` and `,` too, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface WorkflowAnnotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/** `::level file=…,line=…,title=…::message`, every part escaped. */
export function workflowCommand(a: WorkflowAnnotation): string {
  const props = [
    ...(a.file ? [`file=${escapeCommandProperty(a.file)}`] : []),
    ...(a.file && a.line ? [`line=${a.line}`] : []),
    `title=${escapeCommandProperty(a.title)}`,
  ];
  return `::${a.level} ${props.join(',')}::${escapeCommandData(a.message)}`;
}

export interface GithubActionsOptions {
  /** The file annotations point at (the committed snapshot); without it they are not tied to a file. */
  snapshotUri?: string;
}

/** The annotations of a report: findings by level (errors first), then the gate's blocking reasons. */
export function reportAnnotations(report: Report, opts: GithubActionsOptions = {}): WorkflowAnnotation[] {
  const fails = reportFails(report);
  const label = oneLine(report.label, 100);
  const file = opts.snapshotUri ? { file: opts.snapshotUri } : {};
  const out: WorkflowAnnotation[] = [];
  for (const f of report.findings) {
    const level = annotationLevel(f, fails);
    if (!level) continue;
    out.push({
      level,
      title: annotationTitle(label, f),
      message: truncateText(`${f.message}${coveredNote(f)}`, 4000),
      ...file,
    });
  }
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    out.push({ level: 'error', title: `mcp-contract ${label}: gate (${r.code})`, message: truncateText(r.message, 4000), ...file });
  }
  const order: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  return out.sort((a, b) => order[a.level] - order[b.level]);
}

/** The verdict line, then at most MAX_WORKFLOW_ANNOTATIONS workflow commands (a line says how many more there are). */
export function renderGithubActions(report: Report, opts: GithubActionsOptions = {}): string {
  const h = headline(report);
  const lines = [`mcp-contract ${oneLine(report.label, 100)}: ${h.title}`];
  const annotations = reportAnnotations(report, opts);
  lines.push(...annotations.slice(0, MAX_WORKFLOW_ANNOTATIONS).map(workflowCommand));
  if (annotations.length > MAX_WORKFLOW_ANNOTATIONS) {
    lines.push(
      `mcp-contract: ${annotations.length - MAX_WORKFLOW_ANNOTATIONS} more findings are not annotated; \`--format json\` lists them all.`,
    );
  }
  return lines.join('\n') + '\n';
}
