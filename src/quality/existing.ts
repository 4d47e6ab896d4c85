// Lint findings the base already had, as a report keeps them: an exact count per rule, the findings themselves only when asked (`--lint all`).
import type { LintReportMode } from '../config/types.js';
import { compareFindings, compareText, type Finding } from '../findings/finding.js';

export interface ExistingLint<F extends Finding = Finding> {
  /** How many findings the base already had (after policy overrides; a rule turned "off" is not counted). */
  count: number;
  /** The same findings counted per rule id, rule ids in the one text order. */
  byRule: Record<string, number>;
  /** The findings themselves, in the one finding order: only with `--lint all` / policy.quality.lintReport "all". */
  findings?: F[];
}

/**
 * Counts `findings` per rule, plus `moreCounts` (findings counted without being made, see lintCatalogs), and keeps the
 * findings (sorted) only when `mode` is "all". The caller has dropped the rules a policy turns off from both.
 */
export function summarizeExisting<F extends Finding>(
  findings: readonly F[],
  mode: LintReportMode = 'count',
  moreCounts: ReadonlyMap<string, number> = new Map(),
): ExistingLint<F> {
  const tally = new Map(moreCounts);
  for (const f of findings) tally.set(f.rule, (tally.get(f.rule) ?? 0) + 1);
  const byRule: Record<string, number> = {};
  for (const rule of [...tally.keys()].sort(compareText)) byRule[rule] = tally.get(rule)!;
  return {
    count: Object.values(byRule).reduce((sum, n) => sum + n, 0),
    byRule,
    ...(mode === 'all' ? { findings: [...findings].sort(compareFindings) } : {}),
  };
}
