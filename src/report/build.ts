// Assembles the Report every renderer takes: both catalogs' identity, sorted findings, counts, the bump and the verdict.
import type { Snapshot } from '../catalog/types.js';
import { compareFindings, type Bump, type Finding } from '../findings/finding.js';
import { parseVersion, requiredBumpFor } from '../policy/bump.js';
import { isQualityRule } from '../rules/registry.js';
import type { GatedFinding, Verdict } from '../policy/types.js';
import { countBySeverity } from '../policy/wording.js';
import type { ExistingLint } from '../quality/existing.js';
import type { Footprint } from '../quality/footprint.js';
import type { UsageSection } from '../usage/types.js';
import type { CatalogRef, Report } from './types.js';

export { countBySeverity };

export interface BuildReportArgs {
  label: string;
  base: Snapshot;
  head: Snapshot;
  baseSource?: string;
  headSource?: string;
  /** The diff's findings, or the gate's (with waivers/approvals); ignored when a verdict is given (its findings win). */
  findings: GatedFinding[] | Finding[];
  verdict?: Verdict;
  /** The bump the findings need without a verdict: analyze()'s, on the base's version line (ignored with a verdict, whose bump wins). */
  requiredBump?: Bump;
  footprint?: Footprint;
  /** Lint findings already in the base (after policy overrides, counted per rule: summarizeExisting); given when lint ran, even if none. */
  lintExisting?: ExistingLint<GatedFinding>;
  /** The usage evidence the findings were weighed against (src/usage). */
  usage?: UsageSection;
}

function refOf(snapshot: Snapshot, source: string | undefined): CatalogRef {
  return {
    ...(snapshot.server.name !== undefined ? { name: snapshot.server.name } : {}),
    ...(snapshot.server.version !== undefined ? { version: snapshot.server.version } : {}),
    hash: snapshot.hashes.catalog,
    ...(source !== undefined ? { source } : {}),
    toolCount: snapshot.tools.length,
  };
}

/** Findings in the one order (findings/finding.ts), so the same findings always render the same way. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

/** The semver bump the findings call for on the base's version line, ignoring waived ones (the rule analyze() and the gate use). */
export function requiredBumpOf(findings: readonly GatedFinding[], baseVersion: string | undefined): Bump {
  return requiredBumpFor(
    findings.filter((f) => !f.waived),
    parseVersion(baseVersion),
  );
}

export function buildReport(args: BuildReportArgs): Report {
  const findings = sortFindings<GatedFinding>(args.verdict ? args.verdict.findings : (args.findings as GatedFinding[]));
  const report: Report = {
    label: args.label,
    base: refOf(args.base, args.baseSource),
    head: refOf(args.head, args.headSource),
    requiredBump: args.verdict ? args.verdict.requiredBump : (args.requiredBump ?? requiredBumpOf(findings, args.base.server.version)),
    counts: countBySeverity(findings),
    findings,
  };
  if (args.verdict) report.verdict = { ...args.verdict, findings };
  if (args.footprint) report.footprint = args.footprint;
  if (args.usage) report.usage = args.usage;
  if (args.lintExisting) {
    report.lint = { new: findings.filter((f) => f.kind === 'tool' && isQualityRule(f.rule)), existing: args.lintExisting };
  }
  return report;
}
