// The gate: turns findings, versions and the policy into a verdict (pass/fail), the bump needed and what to do.
import type { Policy, Waiver } from '../config/types.js';
import type { Bump, Finding, Severity } from '../findings/finding.js';
import { actualBump, bumpForSeverity, bumpRank, covers, maxBump, nextVersion, parseVersion, requiredBumpFor } from './bump.js';
import type { ActualBump, GatedFinding, Reason, Verdict } from './types.js';
import { findWaivers, waiverExpired, waiverMatches } from './waivers.js';
import { countBySeverity, describeCounts, plural } from './wording.js';

export interface GateArgs {
  /** The findings with the policy's overrides already applied (by analyze(); see policy/overrides.ts). */
  findings: readonly GatedFinding[];
  /** Version of the baseline (usually its snapshot's serverInfo.version). */
  baseVersion?: string;
  /** Version of the head (serverInfo.version or the configured version sources). */
  headVersion?: string;
  /** Where each version was read, named in messages. Defaults: "the baseline's serverInfo.version", "the server's serverInfo.version". */
  baseVersionSource?: string;
  headVersionSource?: string;
  /** failOn, waivers and zeroMajorBreakingBump are read here; `overrides` were applied to `findings` before (analyze()). */
  policy?: Policy;
  /** Set by --approve-breaking or the Action's approval label: breaking changes pass and are recorded as approved. */
  approved?: { by: string };
  /** Today, for waiver expiry. Default: the current time. */
  now?: Date;
  /** Reasons found outside the gate (version-source mismatch, snapshot drift); blocking ones fail the verdict. */
  extraReasons?: Reason[];
  /** Tool counts of both catalogs, for the fail-closed rule (a head without tools never passes). */
  toolCounts?: { base: number; head: number };
  /**
   * Findings about the policy itself (policy/policy-diff.ts: the head loosened the base's gate). The head's overrides and
   * waivers never reach them and a version bump does not cover them: one at or above `failOn` blocks unless approved.
   */
  policyFindings?: readonly Finding[];
  /** How to approve a break here, named in the failing message. Default: "--approve-breaking, or the approval label on the pull request". */
  approvalHint?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { breaking: 3, warning: 2, safe: 1, info: 0 };

/** "needs"/"need" and "it"/"them" for a list of findings. */
function agree(findings: readonly unknown[]): { need: string; them: string } {
  return findings.length === 1 ? { need: 'needs', them: 'it' } : { need: 'need', them: 'them' };
}

function describeBump(bump: ActualBump): string {
  switch (bump) {
    case 'none':
      return 'no bump';
    case 'downgrade':
      return 'a downgrade';
    case 'unknown':
      return 'unknown';
    default:
      return `only a ${bump} bump`;
  }
}

/** "2 breaking changes and 1 warning" — what the given findings are, by severity. */
function describeFindings(findings: readonly GatedFinding[]): string {
  return describeCounts(countBySeverity(findings));
}

function renamePartners(f: Finding): { from: string; to: string } {
  const from = typeof f.extra?.from === 'string' ? f.extra.from : typeof f.before === 'string' ? f.before : f.subject;
  const to = typeof f.extra?.to === 'string' ? f.extra.to : typeof f.after === 'string' ? f.after : f.subject;
  return { from, to };
}

/**
 * Decides whether a change may merge.
 *
 * - Overrides have changed a rule's severity (or dropped it) before: analyze() applies them, once, for every command.
 * - A live waiver (rule + tool or "*", not past `expires`) covers its findings: they are recorded in
 *   `waived` and neither raise the required bump nor block. An expired waiver covers nothing; when the
 *   finding it named is what blocks, a blocking `waiver-expired` reason says when it expired.
 * - `requiredBump` is the highest bump over the non-waived findings on the base's version line
 *   (see `bumpForSeverity` for the 0.x shift); approved findings still count, they just do not block.
 * - A finding blocks when its severity is at or above `failOn` (default breaking), it is not waived, not
 *   approved (approval covers breaking findings only) and the actual bump does not cover it.
 * - A downgrade always blocks; a missing or unparsable version blocks only when a bump is enforced.
 * - Fail closed: a head without tools where the base had some never passes (`empty-catalog`).
 */
export function gate(args: GateArgs): Verdict {
  const policy = args.policy ?? {};
  const now = args.now ?? new Date();
  const failOnRank = SEVERITY_RANK[policy.failOn ?? 'breaking'];
  const waivers = policy.waivers ?? [];
  const baseSource = args.baseVersionSource ?? "the baseline's serverInfo.version";
  const headSource = args.headVersionSource ?? "the server's serverInfo.version";
  const base = parseVersion(args.baseVersion);
  const head = parseVersion(args.headVersion);
  const actual: ActualBump = base && head ? actualBump(base, head) : 'unknown';
  const bumpFor = (f: Finding): Bump => bumpForSeverity(f.severity, base, policy.zeroMajorBreakingBump);

  // Copies: waivers and approvals are recorded on the gate's own findings, never on the caller's.
  const findings: GatedFinding[] = args.findings.map((f) => ({ ...f }));
  const expiredFor = new Map<GatedFinding, Waiver>();
  for (const f of findings) {
    const { live, expired } = findWaivers(waivers, f, now);
    if (live) f.waived = { reason: live.reason, ...(live.expires ? { expires: live.expires } : {}) };
    else if (expired) expiredFor.set(f, expired);
  }

  const requiredBump = requiredBumpFor(
    findings.filter((f) => !f.waived),
    base,
    policy.zeroMajorBreakingBump,
  );

  // Findings the gate enforces, then those the bump does not cover.
  const enforced = findings.filter((f) => !f.waived && SEVERITY_RANK[f.severity] >= failOnRank);
  const approvedNow: GatedFinding[] = [];
  const blocking: GatedFinding[] = [];
  for (const f of enforced) {
    if (covers(actual, bumpFor(f))) continue;
    if (args.approved && f.severity === 'breaking') {
      f.approved = { by: args.approved.by };
      approvedNow.push(f);
    } else blocking.push(f);
  }
  let blockingBump: Bump = 'none';
  for (const f of blocking) blockingBump = maxBump(blockingBump, bumpFor(f));

  const reasons: Reason[] = [];
  const zeroNote =
    base && bumpRank(blockingBump) > 0 && bumpForSeverity('breaking', base, policy.zeroMajorBreakingBump) === 'minor'
      ? ' (under 1.0.0 the minor number acts as the major)'
      : '';
  const suggestedVersion =
    base && head && (blockingBump !== 'none' || actual === 'downgrade')
      ? nextVersion(base, requiredBumpOfEnforced(enforced, bumpFor))
      : undefined;

  if (blockingBump !== 'none') {
    if (!base || !head) {
      const missing = !base
        ? { side: 'baseline', raw: args.baseVersion, source: baseSource }
        : { side: 'head', raw: args.headVersion, source: headSource };
      const unparsable = missing.raw !== undefined && missing.raw.trim() !== '';
      reasons.push({
        code: unparsable ? 'version-unparsable' : 'version-missing',
        blocking: true,
        message: unparsable
          ? `cannot tell the version bump: the ${missing.side} version ${JSON.stringify(missing.raw)} read from ${missing.source} is not semver (X.Y.Z), and ${describeFindings(blocking)} ${agree(blocking).need} a ${blockingBump} bump. Set a semver version there, or configure policy.versionSources to read it from package.json, server.json or pyproject.toml.`
          : `cannot tell the version bump: no ${missing.side} version found in ${missing.source}, and ${describeFindings(blocking)} ${agree(blocking).need} a ${blockingBump} bump. Report a version there (serverInfo.version in the server's initialize result), or configure policy.versionSources to read it from package.json, server.json or pyproject.toml.`,
      });
    } else if (actual !== 'downgrade') {
      const hasBreaking = blocking.some((f) => f.severity === 'breaking');
      const { need, them } = agree(blocking);
      const ways = [`bump the version to ${suggestedVersion}`, `waive ${them} in the policy (rule, tool, reason, expires)`];
      if (hasBreaking)
        ways.push(`approve the break (${args.approvalHint ?? '--approve-breaking, or the approval label on the pull request'})`);
      reasons.push({
        code: 'bump-too-small',
        blocking: true,
        message: `${describeFindings(blocking)} ${need} a ${blockingBump} bump${zeroNote}, but ${base} → ${head} is ${describeBump(actual)}. To merge: ${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}.`,
      });
    }
    for (const f of blocking.filter((x) => x.rule === 'tool-renamed')) {
      const { from, to } = renamePartners(f);
      const bumpTo = suggestedVersion ?? `the next ${blockingBump} version`;
      reasons.push({
        code: 'rename-needs-bump',
        blocking: true,
        rule: f.rule,
        subject: from,
        message: `tool \`${from}\` was renamed to \`${to}\`: bump to ${bumpTo}, or keep \`${from}\` registered beside \`${to}\` until the next major (dual registration is a safe change).`,
      });
    }
  }

  if (base && head && actual === 'downgrade') {
    reasons.push({
      code: 'version-downgrade',
      blocking: true,
      message: `the version went down: ${base} (${baseSource}) → ${head} (${headSource}). Set the version to ${suggestedVersion} or higher.`,
    });
  }
  if (blockingBump === 'none' && args.headVersion !== undefined && args.headVersion.trim() !== '' && !head) {
    reasons.push({
      code: 'version-unparsable',
      blocking: false,
      message: `the head version ${JSON.stringify(args.headVersion)} read from ${headSource} is not semver (X.Y.Z); nothing needed a bump this time, but the gate cannot check one later.`,
    });
  }

  for (const [f, w] of expiredFor) {
    const stillBlocks = blocking.includes(f);
    reasons.push({
      code: 'waiver-expired',
      blocking: stillBlocks,
      rule: f.rule,
      subject: f.subject,
      message: `the waiver for ${f.rule} on \`${w.tool}\` expired on ${w.expires} and no longer applies${stillBlocks ? '' : ' (the change is covered anyway)'}; renew its "expires" date in the policy or remove it.`,
    });
  }
  const waivedFindings = findings.filter((f) => f.waived);
  for (const w of waivers) {
    const covered = waivedFindings.filter((f) => waiverMatches(w, f) && f.waived?.reason === w.reason);
    if (covered.length > 0) {
      reasons.push({
        code: 'waived',
        blocking: false,
        rule: w.rule,
        subject: w.tool,
        message: `${plural(covered.length, 'finding')} of ${w.rule} on \`${w.tool}\` waived${w.expires ? ` until ${w.expires}` : ''}: ${w.reason}`,
      });
    } else if (!waiverExpired(w, now) && !findings.some((f) => waiverMatches(w, f))) {
      reasons.push({
        code: 'waiver-unused',
        blocking: false,
        rule: w.rule,
        subject: w.tool,
        message: `the waiver for ${w.rule} on \`${w.tool}\` matched no finding; remove it from the policy once it is no longer needed.`,
      });
    }
  }
  if (approvedNow.length > 0 && args.approved) {
    const semverWants = base ? ` (semver would ask for ${nextVersion(base, requiredBump)})` : '';
    reasons.push({
      code: 'approved',
      blocking: false,
      message: `${describeFindings(approvedNow)} approved by ${args.approved.by} without the ${bumpFor(approvedNow[0]!)} bump${semverWants}.`,
    });
  }

  if (args.toolCounts && args.toolCounts.base > 0 && args.toolCounts.head === 0) {
    reasons.push({
      code: 'empty-catalog',
      blocking: true,
      message: `the server listed no tools, but the baseline has ${plural(args.toolCounts.base, 'tool')}. This never passes, whatever the version: check that the server started with the configuration and environment it needs (a missing API key or feature flag often hides every tool).`,
    });
  }
  const policyFindings = gatePolicyFindings(args.policyFindings ?? [], failOnRank, args.approved);
  findings.push(...policyFindings);
  const loosening = policyFindings.filter((f) => !f.approved && SEVERITY_RANK[f.severity] >= failOnRank);
  if (loosening.length > 0) {
    reasons.push({
      code: 'policy-loosened',
      blocking: true,
      message: `this change loosens the gate itself (${loosening.map((f) => f.rule).join(', ')}): the base commit's policy is what reviewers agreed to, and neither a version bump nor the pull request's own waivers or overrides cover that. To merge: revert the policy change, or approve it (${args.approvalHint ?? '--approve-breaking, or the approval label on the pull request'}).`,
    });
  }
  const approvedPolicy = policyFindings.filter((f) => f.approved);
  if (approvedPolicy.length > 0 && args.approved) {
    reasons.push({
      code: 'policy-loosening-approved',
      blocking: false,
      message: `${plural(approvedPolicy.length, 'policy change')} loosening the gate approved by ${args.approved.by}.`,
    });
  }
  reasons.push(...(args.extraReasons ?? []));

  return {
    verdict: reasons.some((r) => r.blocking) ? 'fail' : 'pass',
    requiredBump,
    actualBump: actual,
    ...(args.baseVersion !== undefined ? { baseVersion: args.baseVersion } : {}),
    ...(args.headVersion !== undefined ? { headVersion: args.headVersion } : {}),
    ...(suggestedVersion !== undefined ? { suggestedVersion } : {}),
    reasons,
    findings,
  };
}

/** The highest bump over the enforced findings that are not approved (what the suggested version must cover). */
function requiredBumpOfEnforced(enforced: readonly GatedFinding[], bumpFor: (f: Finding) => Bump): Bump {
  let bump: Bump = 'none';
  for (const f of enforced) if (!f.approved) bump = maxBump(bump, bumpFor(f));
  return bump;
}

/** Copies of the policy findings, approved where an approval covers them (any severity: the approval is of the policy change). */
function gatePolicyFindings(policyFindings: readonly Finding[], failOnRank: number, approved: GateArgs['approved']): GatedFinding[] {
  return policyFindings.map((f) =>
    approved && SEVERITY_RANK[f.severity] >= failOnRank ? { ...f, approved: { by: approved.by } } : { ...f },
  );
}
