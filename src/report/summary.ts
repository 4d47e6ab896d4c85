// What every format leads with: the verdict in one line and the reasons (what to do first, then notes).
import { atOrAbove, type Bump, type Severity } from '../findings/finding.js';
import type { GatedFinding, Reason } from '../policy/types.js';
import { describeCounts } from '../policy/wording.js';
import type { Report } from './types.js';

export const SEVERITY_LABEL: Record<Severity, string> = { breaking: 'Breaking', warning: 'Warning', safe: 'Safe', info: 'Info' };

export interface Headline {
  status: 'pass' | 'fail' | 'breaking' | 'clean';
  /** One line without catalog text, e.g. "contract violated: 1 breaking change needs a major bump". */
  title: string;
  /** Blocking reasons: what to do to merge. */
  actions: Reason[];
  /** Non-blocking reasons: waivers, approvals, notes. */
  notes: Reason[];
}

/** "1.4.2 → 1.5.0 (minor)" or "? → 1.5.0 (unknown)". */
export function describeVersions(report: Report): string {
  const v = report.verdict;
  const from = v?.baseVersion ?? report.base.version ?? '?';
  const to = v?.headVersion ?? report.head.version ?? '?';
  return v ? `${from} → ${to} (${v.actualBump === 'none' ? 'no bump' : v.actualBump})` : `${from} → ${to}`;
}

export function bumpLabel(bump: Bump): string {
  return bump === 'none' ? 'none' : bump;
}

export function headline(report: Report): Headline {
  const v = report.verdict;
  const counts = describeCounts(report.counts);
  if (v) {
    const actions = v.reasons.filter((r) => r.blocking);
    const notes = v.reasons.filter((r) => !r.blocking);
    if (v.verdict === 'fail') {
      const what = v.suggestedVersion ? `; bump to ${v.suggestedVersion}` : '';
      return { status: 'fail', title: `contract check failed: ${counts}${what}`, actions, notes };
    }
    const approved = report.findings.some((f: GatedFinding) => f.approved);
    const waived = report.findings.filter((f: GatedFinding) => f.waived).length;
    const title =
      report.findings.length === 0
        ? 'contract check passed: no changes'
        : `contract check passed${approved ? ' (breaking changes approved)' : ''}: ${counts}${waived ? ` (${waived} waived)` : ''}, required bump ${bumpLabel(v.requiredBump)}`;
    return { status: 'pass', title, actions, notes };
  }
  if (report.counts.breaking > 0) {
    return { status: 'breaking', title: `${counts}: requires a ${report.requiredBump} bump`, actions: [], notes: [] };
  }
  if (report.failOn && report.findings.some((f) => atOrAbove(f.severity, report.failOn!))) {
    // `diff --fail-on warning` (or safe): the exit is 1 without a breaking change, and the headline says why.
    const title = `${counts}: requires a ${bumpLabel(report.requiredBump)} bump; fails because --fail-on is ${report.failOn}`;
    return { status: 'fail', title, actions: [], notes: [] };
  }
  return {
    status: 'clean',
    title: report.findings.length ? `${counts}: requires a ${bumpLabel(report.requiredBump)} bump` : 'no changes',
    actions: [],
    notes: [],
  };
}
