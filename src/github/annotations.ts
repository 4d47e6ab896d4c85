// Turns gated findings into located annotations: workflow commands (error/warning/notice) and check-run annotations.
import { revealHidden, truncateText } from '../text.js';
import type { GatedFinding } from '../policy/types.js';
import type { CheckAnnotation } from './api.js';
import type { Locate } from './locate.js';
import type { ActionLog } from './surface.js';
import { annotationLevel, annotationTitle, coveredNote, MAX_WORKFLOW_ANNOTATIONS, type AnnotationLevel } from '../report/githubactions.js';

// The level rule and the cap are the CLI's `githubactions` format's too: one definition, in report/.
export { annotationLevel, MAX_WORKFLOW_ANNOTATIONS, type AnnotationLevel } from '../report/githubactions.js';

export interface LocatedAnnotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
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
    out.push({
      level,
      // Catalog text (label, messages, waiver reasons) is untrusted: hidden characters shown, length capped.
      title: annotationTitle(label, f),
      message: truncateText(revealHidden(`${f.message}${coveredNote(f)}`), 4000),
      ...(where ? { file: where.uri, line: where.line } : {}),
    });
  }
  return out;
}

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
