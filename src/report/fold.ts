// Folds long runs of the same change to resources (e.g. 100 generated resources removed) into a few shown findings and one line naming the rest.
import type { SubjectKind } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';

/** A rule with more than this many foldable findings of one severity and kind is folded. */
const FOLD_AFTER = 5;
/** How many of a folded rule's findings are still shown in full. */
const FOLD_SHOWN = 3;

/** How a report names one subject's kind: "resource template". */
export const KIND_LABEL: Record<SubjectKind, string> = {
  tool: 'tool',
  prompt: 'prompt',
  resource: 'resource',
  resourceTemplate: 'resource template',
  server: 'server',
  catalog: 'catalog',
};

/** How a folded run names its subjects: "97 more resources". */
export const KIND_PLURAL: Record<SubjectKind, string> = {
  tool: 'tools',
  prompt: 'prompts',
  resource: 'resources',
  resourceTemplate: 'resource templates',
  server: 'servers',
  catalog: 'catalogs',
};

export type FoldedItem = { finding: GatedFinding } | { folded: GatedFinding[] };

const foldKey = (f: GatedFinding) => `${f.severity}\u0000${f.kind}\u0000${f.rule}`;
/**
 * Only resources and templates fold: servers list them by the hundred (files, generated pages), so one change often
 * repeats for each. Tools and prompts are APIs written one by one: each change to one keeps its own row. Waived,
 * approved or re-graded findings are always shown too: each carries its own story.
 */
const plain = (f: GatedFinding) =>
  (f.kind === 'resource' || f.kind === 'resourceTemplate') && !f.waived && !f.approved && !f.originalSeverity;

/**
 * The findings in their order, with every rule that has more than FOLD_AFTER foldable findings of one severity and kind
 * cut to its first FOLD_SHOWN; the rest become one `folded` item where the next of them would have been. Nothing is
 * dropped: a folded item holds the findings it stands for (the JSON report and SARIF always list all of them).
 */
export function foldRepeats(findings: readonly GatedFinding[]): FoldedItem[] {
  const counts = new Map<string, number>();
  for (const f of findings) if (plain(f)) counts.set(foldKey(f), (counts.get(foldKey(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const foldedBy = new Map<string, GatedFinding[]>();
  const out: FoldedItem[] = [];
  for (const f of findings) {
    const key = foldKey(f);
    if (!plain(f) || (counts.get(key) ?? 0) <= FOLD_AFTER) {
      out.push({ finding: f });
      continue;
    }
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= FOLD_SHOWN) out.push({ finding: f });
    else if (n === FOLD_SHOWN + 1) {
      const rest = [f];
      foldedBy.set(key, rest);
      out.push({ folded: rest });
    } else foldedBy.get(key)!.push(f);
  }
  return out;
}
