// The analysis stage `diff` and `check` share: diff + quality of two snapshots, the policy's overrides, the bump the findings need.
import type { Snapshot } from '../catalog/types.js';
import type { Policy } from '../config/types.js';
import { diffCatalogs } from '../diff/index.js';
import type { Bump } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { parseVersion, requiredBumpFor } from '../policy/bump.js';
import { applyOverrides, countsWithoutOffRules } from '../policy/overrides.js';
import type { GatedFinding } from '../policy/types.js';
import type { Footprint } from '../quality/footprint.js';
import { summarizeExisting, type ExistingLint } from '../quality/existing.js';
import { assessQuality, measureToolTokens, prepareQuality } from '../quality/index.js';

export interface AnalyzeOptions {
  /** The parts of the policy the analysis reads: overrides, quality thresholds and switches (lintReport too), the 0.x convention. */
  policy?: Pick<Policy, 'overrides' | 'quality' | 'zeroMajorBreakingBump'>;
  /** Run the set-theoretic schema oracle (default true; `diff --no-oracle` turns it off). */
  oracle?: boolean;
  /** Today, for deprecation sunsets. Default: the current time. */
  now?: Date;
}

export interface Analysis {
  /** Diff, lint and footprint findings introduced by the change, overrides applied, in the one finding order. */
  findings: GatedFinding[];
  /**
   * Lint (and per-tool budget) findings the base already had, overrides applied, counted per rule (listed too only
   * with policy.quality.lintReport "all"); undefined when lint was off.
   */
  existing?: ExistingLint<GatedFinding>;
  footprint?: Footprint;
  /**
   * The bump `findings` need on the base snapshot's version line (its serverInfo.version): under 1.0.0 a breaking
   * change needs a minor bump (policy.zeroMajorBreakingBump "major" asks for 1.0.0); without a base version, or from
   * 1.0.0, breaking → major, safe → minor, warning/info → patch. `check` gates with the same rule (policy/bump.ts).
   */
  requiredBump: Bump;
}

/** Whether lint and the token count run: on unless the policy (with the run's --no-lint / --no-footprint folded in) turns them off. */
export function qualitySwitches(policy: AnalyzeOptions['policy']): { lint: boolean; footprint: boolean } {
  return { lint: policy?.quality?.lint ?? true, footprint: policy?.quality?.footprint ?? true };
}

/** Starts loading the quality stage's fixed costs (rank table, ajv), to overlap them with reading or capturing catalogs. */
export function prepareAnalysis(opts: AnalyzeOptions = {}): void {
  prepareQuality(qualitySwitches(opts.policy));
}

/**
 * Analyses `head` against `base`: the token count first (each tool's text made, counted and dropped; unchanged tools
 * once), then the diff, then the lint.
 */
export async function analyze(base: Snapshot, head: Snapshot, opts: AnalyzeOptions = {}): Promise<Analysis> {
  const policy = opts.policy ?? {};
  const { lint, footprint } = qualitySwitches(policy);
  const listExisting = policy.quality?.lintReport === 'all';
  const measured = footprint ? await measureToolTokens(base, head) : undefined;
  const diffFindings = await diffCatalogs(base, head, {
    ...(opts.oracle === false ? { oracle: false } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  // Catalog quality: new lint and footprint findings are gated like the diff's; those already in the base are only reported.
  const quality = await assessQuality(base, head, {
    ...(policy.quality ? { quality: policy.quality } : {}),
    lint,
    footprint,
    diffFindings,
    ...(measured ? { measured } : {}),
    // Only listed findings are made in full; the rest of what is already there is counted per rule.
    ...(listExisting ? {} : { listExisting: false }),
  });
  const findings = applyOverrides([...diffFindings, ...quality.findings], policy.overrides).sort(compareFindings);
  return {
    findings,
    ...(quality.existing
      ? {
          existing: summarizeExisting(
            applyOverrides(quality.existing, policy.overrides),
            policy.quality?.lintReport,
            countsWithoutOffRules(quality.existingCounts ?? new Map(), policy.overrides),
          ),
        }
      : {}),
    ...(quality.footprint ? { footprint: quality.footprint } : {}),
    requiredBump: requiredBumpFor(findings, parseVersion(base.server.version), policy.zeroMajorBreakingBump),
  };
}
