// Semver arithmetic for the gate: the bump between two versions, the bump a severity needs, and the smallest satisfying version.
// semver's function modules, not its index: the index loads the whole library (ranges, comparators) at start-up.
import type { SemVer } from 'semver';
import compareVersions from 'semver/functions/compare.js';
import incVersion from 'semver/functions/inc.js';
import majorOf from 'semver/functions/major.js';
import parseSemver from 'semver/functions/parse.js';
import validVersion from 'semver/functions/valid.js';
import type { Bump, Finding, Severity } from '../findings/finding.js';
import { BUMP_ORDER } from '../findings/finding.js';
import type { ActualBump } from './types.js';

/** Parses a version the way the gate reads it: strict semver, a leading "v" and surrounding spaces allowed. */
export function parseVersion(version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  return validVersion(version.trim()) ?? undefined;
}

export function bumpRank(bump: Bump): number {
  return BUMP_ORDER.indexOf(bump);
}

export function maxBump(a: Bump, b: Bump): Bump {
  return bumpRank(a) >= bumpRank(b) ? a : b;
}

/** The bump the numeric core X.Y.Z stands for when reached from one of its own prereleases: X.0.0 major, X.Y.0 minor, else patch. */
function bumpOfCore(v: SemVer): Bump {
  if (v.minor === 0 && v.patch === 0) return 'major';
  if (v.patch === 0) return 'minor';
  return 'patch';
}

/**
 * The bump from `base` to `head` (both already parsed). Prereleases: a prerelease is a step toward its
 * release, so moving from X.Y.Z-a to a later X.Y.Z-b or to X.Y.Z counts as the bump X.Y.Z stands for
 * (2.0.0-rc.1 → 2.0.0 is major, 1.5.0-rc.1 → 1.5.0 minor); otherwise the first differing number of the
 * core decides (1.4.2 → 2.0.0-rc.1 is major). Anything lower than the base is a downgrade.
 */
export function actualBump(base: string, head: string): Exclude<ActualBump, 'unknown'> {
  const cmp = compareVersions(head, base);
  if (cmp < 0) return 'downgrade';
  if (cmp === 0) return 'none';
  const b = parseSemver(base)!,
    h = parseSemver(head)!;
  if (h.major !== b.major) return 'major';
  if (h.minor !== b.minor) return 'minor';
  if (h.patch !== b.patch) return 'patch';
  // Same core, head later: base is a prerelease of that core.
  return bumpOfCore(h);
}

/**
 * The bump one finding of `severity` needs on the version line of `base`. From 1.0.0: breaking → major,
 * safe → minor, warning/info → patch. Under 1.0.0 (the 0.x convention, where the minor number acts as the
 * major): breaking → `zeroMajorBreakingBump` (default minor) and, shifted the same way, safe → patch; with
 * `zeroMajorBreakingBump: "major"` no shift applies.
 */
export function bumpForSeverity(severity: Severity, base: string | undefined, zeroMajorBreakingBump: 'minor' | 'major' = 'minor'): Bump {
  const shifted = base !== undefined && majorOf(base) === 0 && zeroMajorBreakingBump === 'minor';
  switch (severity) {
    case 'breaking':
      return shifted ? 'minor' : 'major';
    case 'safe':
      return shifted ? 'patch' : 'minor';
    default:
      return 'patch';
  }
}

/**
 * The bump a set of findings needs on the version line of `base` (already parsed; undefined when unknown, which
 * reads as 1.0.0 and later): the highest `bumpForSeverity` over them. `diff` and `check` both take their
 * "required bump" from here, so the same findings on the same base version always print the same bump.
 */
export function requiredBumpFor(
  findings: readonly Pick<Finding, 'severity'>[],
  base: string | undefined,
  zeroMajorBreakingBump: 'minor' | 'major' = 'minor',
): Bump {
  let bump: Bump = 'none';
  for (const f of findings) bump = maxBump(bump, bumpForSeverity(f.severity, base, zeroMajorBreakingBump));
  return bump;
}

/** Whether an actual bump satisfies a required one (a downgrade or unknown bump satisfies only "none"). */
export function covers(actual: ActualBump, required: Bump): boolean {
  if (required === 'none') return true;
  if (actual === 'downgrade' || actual === 'unknown') return false;
  return bumpRank(actual) >= bumpRank(required);
}

/** The smallest version above `base` that is a `bump` bump (1.4.2 + major → 2.0.0; 2.0.0-rc.1 + major → 2.0.0). */
export function nextVersion(base: string, bump: Bump): string {
  if (bump === 'none') return base;
  return incVersion(base, bump)!;
}
