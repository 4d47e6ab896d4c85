// Turns gated findings into located annotations: workflow commands (error/warning/notice) and check-run annotations.
import { oneLine, revealHidden, truncateText } from '../text.js';
import type { GatedFinding } from '../policy/types.js';
import type { CheckAnnotation } from './api.js';
import type { Locate } from './locate.js';
import type { ActionLog } from './surface.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface LocatedAnnotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

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

export function locateAnnotations(
  findings: readonly GatedFinding[],
  verdictFails: boolean,
  locate: Locate,
  label: string,
): LocatedAnnotation[] {
  const out: LocatedAnnotation[] = [];
  for (const f of findings) {
    const level = annotationLevel(f, verdictFails);
    if (!level) continue;
    const where = locate(f);
    const covered = f.approved ? ` (approved by ${f.approved.by})` : f.waived ? ` (waived: ${f.waived.reason})` : '';
    out.push({
      level,
      // Catalog text (label, messages, waiver reasons) is untrusted: hidden characters shown, length capped.
      title: oneLine(`mcp-contract ${label}: ${f.rule} (${f.severity})`),
      message: truncateText(revealHidden(`${f.message}${covered}`), 4000),
      ...(where ? { file: where.uri, line: where.line } : {}),
    });
  }
  return out;
}

/** GitHub shows only the first few annotations of each level per step; more would only flood the log. */
export const MAX_WORKFLOW_ANNOTATIONS = 50;

/**
 * Emits workflow-command annotations (shown on the run and in the pull request's files view), errors
 * first, at most MAX_WORKFLOW_ANNOTATIONS; a named check run carries all of them.
 */
export function emitAnnotations(annotations: readonly LocatedAnnotation[], log: ActionLog): void {
  const order: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  const sorted = [...annotations].sort((a, b) => order[a.level] - order[b.level]);
  for (const a of sorted.slice(0, MAX_WORKFLOW_ANNOTATIONS)) {
    const props = { title: a.title, ...(a.file ? { file: a.file, startLine: a.line } : {}) };
    log[a.level](a.message, props);
  }
  if (sorted.length > MAX_WORKFLOW_ANNOTATIONS) {
    log.info(
      `mcp-contract: ${sorted.length - MAX_WORKFLOW_ANNOTATIONS} more findings are not annotated; they are all in the job summary (and in the check run with \`check-name\`).`,
    );
  }
}

/** Check-run annotations need a path; unlocated findings stay in the summary only. */
export function toCheckAnnotations(annotations: readonly LocatedAnnotation[]): CheckAnnotation[] {
  const level = { error: 'failure', warning: 'warning', notice: 'notice' } as const;
  return annotations
    .filter((a) => a.file)
    .map((a) => ({
      path: a.file!,
      start_line: a.line ?? 1,
      end_line: a.line ?? 1,
      annotation_level: level[a.level],
      title: a.title.slice(0, 255),
      message: a.message.slice(0, 64_000),
    }));
}
