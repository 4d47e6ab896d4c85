// The gate's verdicts and messages: version pairs × change kinds, waivers, overrides, approval, fail-closed.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings/finding.js';
import { gate } from '../../src/policy/gate.js';
import { applyOverrides } from '../../src/policy/overrides.js';
import { actualBump, requiredBumpFor } from '../../src/policy/bump.js';

function finding(rule: string, severity: Severity, subject = 'search', extra?: Finding['extra']): Finding {
  return { rule, severity, kind: 'tool', subject, tool: subject, path: '', message: `${rule} on ${subject}`, ...(extra ? { extra } : {}) };
}
const KIND: Record<string, Finding[]> = {
  breaking: [finding('tool-removed', 'breaking')],
  safe: [finding('tool-added', 'safe', 'find')],
  warning: [finding('tool-description-changed', 'warning')],
  none: [],
};
const blockingCodes = (v: ReturnType<typeof gate>) => v.reasons.filter((r) => r.blocking).map((r) => r.code);
const messageOf = (v: ReturnType<typeof gate>, code: string) => v.reasons.find((r) => r.code === code)?.message;

describe('version pairs × change kinds (default policy: failOn breaking)', () => {
  // [base, head, actual bump]
  const lines = {
    '1.x': { base: '1.4.2', heads: { major: '2.0.0', minor: '1.5.0', patch: '1.4.3', none: '1.4.2', downgrade: '1.4.1' } },
    '0.x': { base: '0.4.2', heads: { major: '1.0.0', minor: '0.5.0', patch: '0.4.3', none: '0.4.2', downgrade: '0.4.1' } },
  } as const;
  // Which (line, kind, bump) fail, and with what message; every other cell passes with no blocking reason.
  const failures: Record<string, { code: string; message: string; suggested: string }> = {
    '1.x/breaking/minor': {
      code: 'bump-too-small',
      suggested: '2.0.0',
      message:
        '1 breaking change needs a major bump, but 1.4.2 → 1.5.0 is only a minor bump. To merge: bump the version to 2.0.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
    },
    '1.x/breaking/patch': {
      code: 'bump-too-small',
      suggested: '2.0.0',
      message:
        '1 breaking change needs a major bump, but 1.4.2 → 1.4.3 is only a patch bump. To merge: bump the version to 2.0.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
    },
    '1.x/breaking/none': {
      code: 'bump-too-small',
      suggested: '2.0.0',
      message:
        '1 breaking change needs a major bump, but 1.4.2 → 1.4.2 is no bump. To merge: bump the version to 2.0.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
    },
    '0.x/breaking/patch': {
      code: 'bump-too-small',
      suggested: '0.5.0',
      message:
        '1 breaking change needs a minor bump (under 1.0.0 the minor number acts as the major), but 0.4.2 → 0.4.3 is only a patch bump. To merge: bump the version to 0.5.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
    },
    '0.x/breaking/none': {
      code: 'bump-too-small',
      suggested: '0.5.0',
      message:
        '1 breaking change needs a minor bump (under 1.0.0 the minor number acts as the major), but 0.4.2 → 0.4.2 is no bump. To merge: bump the version to 0.5.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
    },
  };
  for (const [line, { base, heads }] of Object.entries(lines)) {
    for (const kind of Object.keys(KIND)) {
      for (const [bump, head] of Object.entries(heads)) {
        const key = `${line}/${kind}/${bump}`;
        it(key, () => {
          const v = gate({ findings: KIND[kind]!, baseVersion: base, headVersion: head });
          expect(v.actualBump).toBe(bump);
          if (bump === 'downgrade') {
            const suggested = kind === 'breaking' ? (line === '1.x' ? '2.0.0' : '0.5.0') : base;
            expect(v.verdict).toBe('fail');
            expect(blockingCodes(v)).toEqual(['version-downgrade']);
            expect(messageOf(v, 'version-downgrade')).toBe(
              `the version went down: ${base} (the baseline's serverInfo.version) → ${head} (the server's serverInfo.version). Set the version to ${suggested} or higher.`,
            );
            return;
          }
          const expected = failures[key];
          if (expected) {
            expect(v.verdict).toBe('fail');
            expect(blockingCodes(v)).toEqual([expected.code]);
            expect(messageOf(v, expected.code)).toBe(expected.message);
            expect(v.suggestedVersion).toBe(expected.suggested);
          } else {
            expect(v.verdict).toBe('pass');
            expect(v.reasons.filter((r) => r.blocking)).toEqual([]);
            expect(v.suggestedVersion).toBeUndefined();
          }
        });
      }
    }
  }

  it('reports the required bump per version line (0.x shifts breaking → minor, safe → patch)', () => {
    expect(gate({ findings: KIND.breaking!, baseVersion: '1.0.0', headVersion: '2.0.0' }).requiredBump).toBe('major');
    expect(gate({ findings: KIND.breaking!, baseVersion: '0.3.0', headVersion: '0.4.0' }).requiredBump).toBe('minor');
    expect(gate({ findings: KIND.safe!, baseVersion: '1.0.0', headVersion: '1.0.0' }).requiredBump).toBe('minor');
    expect(gate({ findings: KIND.safe!, baseVersion: '0.3.0', headVersion: '0.3.0' }).requiredBump).toBe('patch');
    expect(gate({ findings: KIND.warning!, baseVersion: '1.0.0', headVersion: '1.0.0' }).requiredBump).toBe('patch');
    expect(gate({ findings: [], baseVersion: '1.0.0', headVersion: '1.0.0' }).requiredBump).toBe('none');
  });

  it('zeroMajorBreakingBump: "major" asks for 1.0.0 under 0.x', () => {
    const v = gate({ findings: KIND.breaking!, baseVersion: '0.4.2', headVersion: '0.5.0', policy: { zeroMajorBreakingBump: 'major' } });
    expect(v.verdict).toBe('fail');
    expect(v.suggestedVersion).toBe('1.0.0');
    expect(messageOf(v, 'bump-too-small')).toContain('needs a major bump, but 0.4.2 → 0.5.0 is only a minor bump');
  });
});

describe('failOn', () => {
  it('safe: an additive change needs its minor bump (1.x) or patch (0.x)', () => {
    const v = gate({ findings: KIND.safe!, baseVersion: '1.4.2', headVersion: '1.4.3', policy: { failOn: 'safe' } });
    expect(v.verdict).toBe('fail');
    expect(v.suggestedVersion).toBe('1.5.0');
    expect(messageOf(v, 'bump-too-small')).toBe(
      '1 safe change needs a minor bump, but 1.4.2 → 1.4.3 is only a patch bump. To merge: bump the version to 1.5.0 or waive it in the policy (rule, tool, reason, expires).',
    );
    expect(gate({ findings: KIND.safe!, baseVersion: '0.4.2', headVersion: '0.4.3', policy: { failOn: 'safe' } }).verdict).toBe('pass');
    expect(gate({ findings: KIND.safe!, baseVersion: '0.4.2', headVersion: '0.4.2', policy: { failOn: 'safe' } }).suggestedVersion).toBe(
      '0.4.3',
    );
  });
  it('warning: a description change needs a patch bump; breaking still needs major', () => {
    const v = gate({
      findings: [...KIND.warning!, ...KIND.breaking!],
      baseVersion: '1.4.2',
      headVersion: '1.4.2',
      policy: { failOn: 'warning' },
    });
    expect(v.verdict).toBe('fail');
    expect(v.suggestedVersion).toBe('2.0.0');
    expect(messageOf(v, 'bump-too-small')).toMatch(
      /^1 breaking change and 1 warning need a major bump, but 1\.4\.2 → 1\.4\.2 is no bump\./,
    );
    expect(gate({ findings: KIND.warning!, baseVersion: '1.4.2', headVersion: '1.4.3', policy: { failOn: 'warning' } }).verdict).toBe(
      'pass',
    );
    expect(gate({ findings: KIND.safe!, baseVersion: '1.4.2', headVersion: '1.4.2', policy: { failOn: 'warning' } }).verdict).toBe('pass');
  });
});

describe('prereleases', () => {
  it('a prerelease counts as a step toward its release', () => {
    expect(actualBump('1.4.2', '2.0.0-rc.1')).toBe('major');
    expect(actualBump('2.0.0-rc.1', '2.0.0-rc.2')).toBe('major');
    expect(actualBump('2.0.0-rc.1', '2.0.0')).toBe('major');
    expect(actualBump('1.5.0-rc.1', '1.5.0')).toBe('minor');
    expect(actualBump('1.5.1-rc.1', '1.5.1')).toBe('patch');
    expect(actualBump('1.4.2', '1.4.2-rc.1')).toBe('downgrade');
    expect(gate({ findings: KIND.breaking!, baseVersion: '1.4.2', headVersion: '2.0.0-beta.0' }).verdict).toBe('pass');
    expect(gate({ findings: KIND.breaking!, baseVersion: '1.5.0-rc.1', headVersion: '1.5.0' }).suggestedVersion).toBe('2.0.0');
  });
  it('accepts a leading v', () => {
    expect(gate({ findings: KIND.breaking!, baseVersion: 'v1.4.2', headVersion: 'v2.0.0' }).verdict).toBe('pass');
  });
});

describe('missing and unparsable versions', () => {
  it('fails when a bump is needed and the head version is missing, naming the source', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: undefined,
      headVersionSource: 'package.json (package.json)',
    });
    expect(v.verdict).toBe('fail');
    expect(v.actualBump).toBe('unknown');
    expect(blockingCodes(v)).toEqual(['version-missing']);
    expect(messageOf(v, 'version-missing')).toMatch(
      /^cannot tell the version bump: no head version found in package\.json \(package\.json\), and 1 breaking change needs a major bump\./,
    );
  });
  it('fails when the base version is unparsable, quoting it', () => {
    const v = gate({ findings: KIND.breaking!, baseVersion: 'latest', headVersion: '2.0.0' });
    expect(blockingCodes(v)).toEqual(['version-unparsable']);
    expect(messageOf(v, 'version-unparsable')).toMatch(
      /^cannot tell the version bump: the baseline version "latest" read from the baseline's serverInfo\.version is not semver/,
    );
  });
  it('passes without versions when nothing needs a bump, noting an unparsable head', () => {
    expect(gate({ findings: KIND.safe! }).verdict).toBe('pass');
    const v = gate({ findings: [], baseVersion: '1.0.0', headVersion: 'dev-build' });
    expect(v.verdict).toBe('pass');
    expect(v.reasons.map((r) => [r.code, r.blocking])).toEqual([['version-unparsable', false]]);
  });
});

describe('renames and dual registration', () => {
  const rename = finding('tool-renamed', 'breaking', 'search', { from: 'search', to: 'find_items' });
  it('a failing rename shows both ways out', () => {
    const v = gate({ findings: [rename], baseVersion: '1.4.2', headVersion: '1.5.0' });
    expect(v.verdict).toBe('fail');
    expect(messageOf(v, 'rename-needs-bump')).toBe(
      'tool `search` was renamed to `find_items`: bump to 2.0.0, or keep `search` registered beside `find_items` until the next major (dual registration is a safe change).',
    );
  });
  it('dual registration (a safe finding) passes without a major bump', () => {
    const v = gate({ findings: [finding('tool-dual-registered', 'safe', 'find_items')], baseVersion: '1.4.2', headVersion: '1.5.0' });
    expect(v.verdict).toBe('pass');
    expect(v.requiredBump).toBe('minor');
  });
});

describe('waivers', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('a matching waiver passes the finding and records it; it does not raise the required bump', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: '1.4.3',
      now,
      policy: { waivers: [{ rule: 'tool-removed', tool: 'search', reason: 'nobody calls it (JIRA-12)', expires: '2026-03-10' }] },
    });
    expect(v.verdict).toBe('pass');
    expect(v.requiredBump).toBe('none');
    expect(v.findings[0]!.waived).toEqual({ reason: 'nobody calls it (JIRA-12)', expires: '2026-03-10' });
    expect(messageOf(v, 'waived')).toBe('1 finding of tool-removed on `search` waived until 2026-03-10: nobody calls it (JIRA-12)');
  });
  it('a wildcard tool matches every subject of that rule only', () => {
    const v = gate({
      findings: [
        finding('tool-removed', 'breaking', 'a'),
        finding('tool-removed', 'breaking', 'b'),
        finding('input-property-added-required', 'breaking', 'c'),
      ],
      baseVersion: '1.0.0',
      headVersion: '1.0.1',
      now,
      policy: { waivers: [{ rule: 'tool-removed', tool: '*', reason: 'cleanup' }] },
    });
    expect(v.findings.map((f) => Boolean(f.waived))).toEqual([true, true, false]);
    expect(v.verdict).toBe('fail');
    expect(messageOf(v, 'bump-too-small')).toMatch(/^1 breaking change needs a major bump/);
  });
  it('a rename is waived by either of its names', () => {
    const rename = finding('tool-renamed', 'breaking', 'find', { from: 'search', to: 'find' });
    for (const tool of ['search', 'find']) {
      const v = gate({
        findings: [rename],
        baseVersion: '1.0.0',
        headVersion: '1.0.1',
        now,
        policy: { waivers: [{ rule: 'tool-renamed', tool, reason: 'r' }] },
      });
      expect(v.verdict, tool).toBe('pass');
    }
    expect(
      gate({
        findings: [rename],
        baseVersion: '1.0.0',
        headVersion: '1.0.1',
        now,
        policy: { waivers: [{ rule: 'tool-renamed', tool: 'other', reason: 'r' }] },
      }).verdict,
    ).toBe('fail');
  });
  it('an expired waiver does not apply and says when it expired', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: '1.4.3',
      now,
      policy: { waivers: [{ rule: 'tool-removed', tool: 'search', reason: 'temporary', expires: '2026-03-09' }] },
    });
    expect(v.verdict).toBe('fail');
    expect(v.findings[0]!.waived).toBeUndefined();
    expect(blockingCodes(v)).toEqual(['bump-too-small', 'waiver-expired']);
    expect(messageOf(v, 'waiver-expired')).toBe(
      'the waiver for tool-removed on `search` expired on 2026-03-09 and no longer applies; renew its "expires" date in the policy or remove it.',
    );
  });
  it('an expired waiver whose change is covered by the bump does not block', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: '2.0.0',
      now,
      policy: { waivers: [{ rule: 'tool-removed', tool: 'search', reason: 'temporary', expires: '2026-01-01' }] },
    });
    expect(v.verdict).toBe('pass');
    expect(v.reasons.find((r) => r.code === 'waiver-expired')?.blocking).toBe(false);
  });
  it('notes a waiver that matched nothing', () => {
    const v = gate({ findings: [], now, policy: { waivers: [{ rule: 'tool-removed', tool: 'gone', reason: 'x' }] } });
    expect(v.reasons.map((r) => [r.code, r.blocking])).toEqual([['waiver-unused', false]]);
  });
});

// Overrides are applied once, before the gate (analyze() calls applyOverrides); the gate then sees the new severities.
describe('overrides', () => {
  it('changes a severity (recording the original) or turns a rule off', () => {
    const v = gate({
      findings: applyOverrides([finding('tool-removed', 'breaking'), finding('tool-description-changed', 'warning')], {
        'tool-removed': 'warning',
        'tool-description-changed': 'off',
      }),
      baseVersion: '1.4.2',
      headVersion: '1.4.3',
    });
    expect(v.verdict).toBe('pass');
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({ rule: 'tool-removed', severity: 'warning', originalSeverity: 'breaking' });
    expect(v.requiredBump).toBe('patch');
  });
  it('can raise a severity so it gates', () => {
    const v = gate({
      findings: applyOverrides(KIND.warning!, { 'tool-description-changed': 'breaking' }),
      baseVersion: '1.4.2',
      headVersion: '1.4.3',
    });
    expect(v.verdict).toBe('fail');
    expect(v.suggestedVersion).toBe('2.0.0');
  });
  it('matches own rule ids only and never changes the findings it is given', () => {
    const given = [finding('constructor', 'safe'), finding('tool-removed', 'breaking')];
    const out = applyOverrides(given, { 'tool-removed': 'info' });
    expect(out.map((f) => [f.rule, f.severity, f.originalSeverity])).toEqual([
      ['constructor', 'safe', undefined],
      ['tool-removed', 'info', 'breaking'],
    ]);
    expect(given[1]).toEqual(finding('tool-removed', 'breaking'));
  });
  it('the gate records waivers on its own copies, not on the findings it is given', () => {
    const given = [finding('tool-removed', 'breaking')];
    const v = gate({
      findings: given,
      baseVersion: '1.4.2',
      headVersion: '1.4.3',
      policy: { waivers: [{ rule: 'tool-removed', tool: 'search', reason: 'r' }] },
    });
    expect(v.findings[0]!.waived).toEqual({ reason: 'r' });
    expect(given[0]).not.toHaveProperty('waived');
  });
});

describe('approval', () => {
  it('passes a breaking change without its bump and records who approved it', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: '1.5.0',
      approved: { by: 'label breaking-change-approved' },
    });
    expect(v.verdict).toBe('pass');
    expect(v.requiredBump).toBe('major');
    expect(v.findings[0]!.approved).toEqual({ by: 'label breaking-change-approved' });
    expect(messageOf(v, 'approved')).toBe(
      '1 breaking change approved by label breaking-change-approved without the major bump (semver would ask for 2.0.0).',
    );
  });
  it('names the approval the caller offers in the failing message', () => {
    const v = gate({
      findings: KIND.breaking!,
      baseVersion: '1.4.2',
      headVersion: '1.5.0',
      approvalHint: 'add the label `breaking-change-approved`',
    });
    expect(messageOf(v, 'bump-too-small')).toMatch(/or approve the break \(add the label `breaking-change-approved`\)\.$/);
  });
  it('does not mark findings the bump already covers, and does not excuse a downgrade', () => {
    expect(
      gate({ findings: KIND.breaking!, baseVersion: '1.4.2', headVersion: '2.0.0', approved: { by: 'x' } }).findings[0]!.approved,
    ).toBeUndefined();
    expect(gate({ findings: KIND.breaking!, baseVersion: '1.4.2', headVersion: '1.4.0', approved: { by: 'x' } }).verdict).toBe('fail');
  });
  it('covers breaking findings only (failOn warning still needs the patch bump)', () => {
    const v = gate({
      findings: KIND.warning!,
      baseVersion: '1.4.2',
      headVersion: '1.4.2',
      approved: { by: 'x' },
      policy: { failOn: 'warning' },
    });
    expect(v.verdict).toBe('fail');
  });
});

describe('fail closed', () => {
  it('a head without tools where the base had some never passes, even with a major bump', () => {
    const v = gate({
      findings: [finding('tool-removed', 'breaking', 'a')],
      baseVersion: '1.0.0',
      headVersion: '2.0.0',
      toolCounts: { base: 3, head: 0 },
    });
    expect(v.verdict).toBe('fail');
    expect(blockingCodes(v)).toEqual(['empty-catalog']);
    expect(messageOf(v, 'empty-catalog')).toMatch(/^the server listed no tools, but the baseline has 3 tools\. This never passes/);
    expect(gate({ findings: [], toolCounts: { base: 0, head: 0 } }).verdict).toBe('pass');
  });
  it('extra blocking reasons fail the verdict', () => {
    const v = gate({
      findings: [],
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      extraReasons: [{ code: 'snapshot-drift', message: 'drift', blocking: true }],
    });
    expect(v.verdict).toBe('fail');
  });
});

describe('requiredBumpFor (the bump diff prints and the gate requires)', () => {
  it('reads the base version line: 0.x shifts breaking to minor and safe to patch, unless zeroMajorBreakingBump is major', () => {
    const all = [...KIND.breaking!, ...KIND.safe!, ...KIND.warning!];
    expect(requiredBumpFor(all, '1.4.2')).toBe('major');
    expect(requiredBumpFor(all, '0.4.2')).toBe('minor');
    expect(requiredBumpFor(all, '0.4.2', 'major')).toBe('major');
    expect(requiredBumpFor(all, undefined)).toBe('major');
    expect(requiredBumpFor(KIND.safe!, '0.4.2')).toBe('patch');
    expect(requiredBumpFor(KIND.safe!, '1.4.2')).toBe('minor');
    expect(requiredBumpFor([], '0.4.2')).toBe('none');
  });
  it("is the gate's required bump for the same findings", () => {
    for (const base of ['0.4.2', '1.4.2']) {
      for (const kind of Object.keys(KIND))
        expect(gate({ findings: KIND[kind]!, baseVersion: base, headVersion: base }).requiredBump).toBe(requiredBumpFor(KIND[kind]!, base));
    }
  });
});

describe('policy findings (the head loosened the base commit’s policy)', () => {
  const loosened: Finding = {
    rule: 'policy-waiver-added',
    severity: 'breaking',
    kind: 'catalog',
    subject: 'mcp-contract.config.json',
    path: '/policy/waivers/0',
    message: 'A waiver was added.',
  };
  const sourcesChanged: Finding = {
    ...loosened,
    rule: 'policy-version-sources-changed',
    severity: 'warning',
    path: '/policy/versionSources',
  };

  it('block even with a major bump, and raise no required bump', () => {
    const v = gate({ findings: [], policyFindings: [loosened], baseVersion: '1.0.0', headVersion: '2.0.0' });
    expect(v.verdict).toBe('fail');
    expect(blockingCodes(v)).toEqual(['policy-loosened']);
    expect(v.requiredBump).toBe('none');
    expect(v.findings.map((f) => f.rule)).toEqual(['policy-waiver-added']);
    expect(messageOf(v, 'policy-loosened')).toMatch(/neither a version bump nor the pull request's own waivers or overrides cover that/);
  });

  it("cannot be waived by the head's own waiver of their rule", () => {
    const policy = { waivers: [{ rule: 'policy-waiver-added', tool: '*', reason: 'trust me' }] };
    const v = gate({ findings: [], policyFindings: [loosened], policy, baseVersion: '1.0.0', headVersion: '1.0.0' });
    expect(v.verdict).toBe('fail');
    expect(v.findings[0]!.waived).toBeUndefined();
  });

  it('pass when approved, recorded as approved', () => {
    const v = gate({
      findings: [],
      policyFindings: [loosened],
      approved: { by: 'the "x" label' },
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
    });
    expect(v.verdict).toBe('pass');
    expect(v.findings[0]!.approved).toEqual({ by: 'the "x" label' });
    expect(v.reasons.map((r) => r.code)).toEqual(['policy-loosening-approved']);
  });

  it('a warning-level policy finding blocks only under failOn warning', () => {
    expect(gate({ findings: [], policyFindings: [sourcesChanged] }).verdict).toBe('pass');
    expect(gate({ findings: [], policyFindings: [sourcesChanged], policy: { failOn: 'warning' } }).verdict).toBe('fail');
  });
});
