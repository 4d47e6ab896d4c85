// The verdict the gate returns: may this change merge, what bump it needs, and why.
import type { Bump, Finding, Severity } from '../findings/finding.js';

export type ActualBump = Bump | 'downgrade' | 'unknown';

/** A finding after policy: its effective severity and whether a waiver or approval covers it. */
export interface GatedFinding extends Finding {
  /** Severity from the registry before overrides (present only when an override changed it). */
  originalSeverity?: Severity;
  waived?: { reason: string; expires?: string };
  approved?: { by: string };
}

export interface Reason {
  /** Machine-readable cause, e.g. "bump-too-small", "version-downgrade", "waiver-expired", "snapshot-drift". */
  code: string;
  message: string;
  rule?: string;
  subject?: string;
  /** Whether this reason makes the verdict fail. */
  blocking: boolean;
}

export interface Verdict {
  verdict: 'pass' | 'fail';
  requiredBump: Bump;
  actualBump: ActualBump;
  baseVersion?: string;
  headVersion?: string;
  /** The smallest version that would satisfy the gate, when a bump is what is missing. */
  suggestedVersion?: string;
  reasons: Reason[];
  findings: GatedFinding[];
}
