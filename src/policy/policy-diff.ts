// Compares the base commit's policy with the head's and reports every loosening as a finding: a pull request that weakens the gate is a change of the contract.
import type { FailOn, Policy, Waiver } from '../config/types.js';
import type { Finding, Severity } from '../findings/finding.js';
import * as path from 'node:path';
import { pointerToken, type JsonObject } from '../findings/json.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import { waiverExpired } from './waivers.js';

export const POLICY_RULES = defineRules('policy', 'src/policy/policy-diff.ts', 'catalog', {
  'policy-fail-on-raised': ['breaking', "the pull request raised policy.failOn, so changes the base's policy failed on now pass"],
  'policy-override-loosened': [
    'breaking',
    "the pull request turned a rule off or lowered its severity below the base's (an override added, changed or removed)",
  ],
  'policy-waiver-added': ['breaking', 'the pull request added a waiver, or widened one (another tool, "*", a later or no expiry date)'],
  'policy-bump-loosened': [
    'breaking',
    'the pull request relaxed the bump a breaking change needs under 1.0.0 (zeroMajorBreakingBump major → minor)',
  ],
  'policy-server-removed': [
    'breaking',
    "a server of the base commit's config is no longer listed in the head's, so its contract is no longer checked",
  ],
  'policy-version-sources-changed': ['warning', 'the pull request changed where the version is read from (policy.versionSources)'],
});

export type PolicyRule = keyof typeof POLICY_RULES;

/** "breaking" / "off" / … with where the value came from, for messages. */
interface Effective {
  value: Severity | 'off';
  from: string;
}

const POLICY_MESSAGES = {
  'policy-fail-on-raised': ({ before, after }: { before: FailOn; after: FailOn }) =>
    `policy.failOn went from "${before}" to "${after}": ${before} changes without their bump no longer fail the check.`,
  'policy-override-loosened': ({ rule, before, after }: { rule: string; before: Effective; after: Effective }) =>
    `Rule ${q(rule)} went from ${before.value} (${before.from}) to ${after.value === 'off' ? 'off: its findings are dropped' : `${after.value} (${after.from})`}.`,
  'policy-waiver-added': ({ waiver, widened }: { waiver: Waiver; widened: boolean }) =>
    `${widened ? 'A waiver was widened' : 'A waiver was added'}: ${q(waiver.rule)} on ${waiver.tool === '*' ? 'every subject ("*")' : q(waiver.tool)}${waiver.expires ? ` until ${waiver.expires}` : ' with no expiry'} (reason: ${q(waiver.reason)}).`,
  'policy-bump-loosened': ({ before, after }: { before: string; after: string }) =>
    `policy.zeroMajorBreakingBump went from "${before}" to "${after}": under 1.0.0 a breaking change now passes with a ${after} bump.`,
  'policy-server-removed': ({ name, snapshot }: { name: string; snapshot: string }) =>
    `Server ${q(name)} (snapshot ${q(snapshot)}) is in the base commit's config but not in the head's: its contract is no longer checked.`,
  'policy-version-sources-changed': ({ before, after }: { before: string; after: string }) =>
    `policy.versionSources changed from ${before} to ${after}; the version the gate compares is now read elsewhere.`,
} satisfies MessageTable<PolicyRule>;

const finding = findingMaker(POLICY_RULES, POLICY_MESSAGES);

/** From laxest to strictest: a higher rank fails on more. */
const FAIL_ON_RANK: Record<FailOn, number> = { breaking: 0, warning: 1, safe: 2 };
const SEVERITY_RANK: Record<Severity | 'off', number> = { off: 0, info: 1, safe: 2, warning: 3, breaking: 4 };

export interface PolicyDiffInput {
  /** The config file, relative to the repository root: the findings' subject. */
  configRel: string;
  base: Policy;
  head: Policy;
  /** The registry's severity of a rule id (undefined for an id no rule has): what an absent override means. */
  defaultSeverity: (rule: string) => Severity | undefined;
  /** Base servers (name and snapshot, relative to the repository root) that the head's config no longer lists. */
  removedServers?: ReadonlyArray<{ name: string; snapshot: string }>;
  /** The folder the config's paths were resolved against (version source paths are shown relative to it). */
  dir?: string;
  /** Today: a base waiver that has expired covers nothing, so re-adding it is a loosening. */
  now?: Date;
}

function effectiveSeverity(
  policy: Policy,
  rule: string,
  defaultSeverity: PolicyDiffInput['defaultSeverity'],
  side: string,
): Effective | undefined {
  const overrides = policy.overrides ?? {};
  if (Object.prototype.hasOwnProperty.call(overrides, rule)) return { value: overrides[rule]!, from: `the ${side}'s override` };
  const value = defaultSeverity(rule);
  return value ? { value, from: 'the default' } : undefined;
}

/** Whether base waiver `b` already covered everything head waiver `h` covers, for at least as long. */
function covered(b: Waiver, h: Waiver, now: Date): boolean {
  if (b.rule !== h.rule || (b.tool !== '*' && b.tool !== h.tool) || waiverExpired(b, now)) return false;
  if (!b.expires) return true;
  return h.expires !== undefined && h.expires <= b.expires;
}

/** Version sources as the config writes them: resolved paths shown relative to the config's folder `dir`. */
function describeSources(policy: Policy, dir: string | undefined): string {
  const sources = (policy.versionSources ?? [{ type: 'serverInfo' as const }]).map((s) =>
    'path' in s && s.path && dir && path.isAbsolute(s.path) ? { ...s, path: path.relative(dir, s.path).split(path.sep).join('/') } : s,
  );
  return JSON.stringify(sources);
}

/**
 * Every way the head's policy is laxer than the base's, one finding each (subject: the config file; path: a JSON
 * pointer into it). Tightening is no finding. The gate treats these apart from the catalog's findings: the head's own
 * overrides and waivers cannot silence them and a version bump does not cover them; only an approval does.
 */
export function diffPolicies(input: PolicyDiffInput): Finding[] {
  const { base, head, configRel: subject } = input;
  const now = input.now ?? new Date();
  const out: Finding[] = [];

  const failBefore = base.failOn ?? 'breaking';
  const failAfter = head.failOn ?? 'breaking';
  if (FAIL_ON_RANK[failAfter] < FAIL_ON_RANK[failBefore]) {
    out.push(
      finding(
        'policy-fail-on-raised',
        { subject, path: '/policy/failOn', before: failBefore, after: failAfter },
        { before: failBefore, after: failAfter },
      ),
    );
  }

  const rules = [...new Set([...Object.keys(base.overrides ?? {}), ...Object.keys(head.overrides ?? {})])].sort();
  for (const rule of rules) {
    const before = effectiveSeverity(base, rule, input.defaultSeverity, 'base');
    const after = effectiveSeverity(head, rule, input.defaultSeverity, 'head');
    if (!before || !after || SEVERITY_RANK[after.value] >= SEVERITY_RANK[before.value]) continue;
    out.push(
      finding(
        'policy-override-loosened',
        { subject, path: `/policy/overrides/${pointerToken(rule)}`, before: before.value, after: after.value },
        { rule, before, after },
      ),
    );
  }

  (head.waivers ?? []).forEach((waiver, i) => {
    if ((base.waivers ?? []).some((b) => covered(b, waiver, now))) return;
    const widened = (base.waivers ?? []).some((b) => b.rule === waiver.rule);
    out.push(
      finding(
        'policy-waiver-added',
        { subject, path: `/policy/waivers/${i}`, after: { ...waiver } as unknown as JsonObject },
        { waiver, widened },
      ),
    );
  });

  const bumpBefore = base.zeroMajorBreakingBump ?? 'minor';
  const bumpAfter = head.zeroMajorBreakingBump ?? 'minor';
  if (bumpBefore === 'major' && bumpAfter === 'minor') {
    out.push(
      finding(
        'policy-bump-loosened',
        { subject, path: '/policy/zeroMajorBreakingBump', before: bumpBefore, after: bumpAfter },
        { before: bumpBefore, after: bumpAfter },
      ),
    );
  }

  for (const server of input.removedServers ?? []) {
    out.push(finding('policy-server-removed', { subject, path: '/servers', before: server.name }, server));
  }

  const sourcesBefore = describeSources(base, input.dir);
  const sourcesAfter = describeSources(head, input.dir);
  if (sourcesBefore !== sourcesAfter) {
    out.push(
      finding(
        'policy-version-sources-changed',
        { subject, path: '/policy/versionSources', before: sourcesBefore, after: sourcesAfter },
        { before: sourcesBefore, after: sourcesAfter },
      ),
    );
  }
  return out;
}
