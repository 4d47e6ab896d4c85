// The githubactions, junit and changelog formats on exact reports: every catalog string escaped, failures where the verdict fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Finding } from '../../src/findings/finding.js';
import { gate } from '../../src/policy/gate.js';
import { buildReport } from '../../src/report/build.js';
import { renderChangelog } from '../../src/report/changelog.js';
import { escapeCommandData, escapeCommandProperty, workflowCommand } from '../../src/report/githubactions.js';
import { escapeXml } from '../../src/report/junit.js';
import { renderReport } from '../../src/report/render.js';

const snap = (name: string, version: string) =>
  toSnapshot({
    server: { name, version },
    capabilities: { tools: {} },
    tools: [{ name: 'get', inputSchema: { type: 'object' } }],
    prompts: [],
    resources: [],
    resourceTemplates: [],
  });

// A hostile server: its name and a tool name carry workflow-command and XML syntax.
const label = 'evil,title=x::%0A::error::pwned\n::add-mask::';
const findings: Finding[] = [
  {
    rule: 'tool-removed',
    severity: 'breaking',
    kind: 'tool',
    subject: 'a,b:c',
    tool: 'a,b:c',
    path: '',
    before: 'a,b:c',
    message: 'Tool "a,b:c" was removed.\n::error::injected 100% <x & "y">',
  },
  {
    rule: 'tool-added',
    severity: 'safe',
    kind: 'tool',
    subject: 'get',
    tool: 'get',
    path: '',
    after: 'get',
    message: 'Tool "get" was added.',
  },
];

function report(headVersion: string) {
  const verdict = gate({ findings, baseVersion: '1.0.0', headVersion });
  return buildReport({ label, base: snap(label, '1.0.0'), head: snap(label, headVersion), findings, verdict });
}

describe('workflow-command escaping', () => {
  it('percent-encodes %, CR and LF in data, and : and , in properties too', () => {
    expect(escapeCommandData('100%\r\nnext\rline\n::x')).toBe('100%25%0Anext␍line%0A::x');
    expect(escapeCommandProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    expect(workflowCommand({ level: 'warning', title: 't:1,2', message: 'm\n::error::x', file: 'dir,x/s:n.json', line: 3 })).toBe(
      '::warning file=dir%2Cx/s%3An.json,line=3,title=t%3A1%2C2::m%0A::error::x',
    );
  });
});

describe('--format githubactions', () => {
  it('prints the verdict line, then one command per finding (errors first) and per blocking gate reason', () => {
    const out = renderReport(report('1.1.0'), 'githubactions', { snapshotUri: 'mcp-contract.snapshot.json' });
    expect(out.split('\n')).toEqual([
      'mcp-contract evil,title=x::%0A::error::pwned⏎::add-mask::: contract check failed: 1 breaking change and 1 safe change; bump to 2.0.0',
      '::error file=mcp-contract.snapshot.json,title=mcp-contract evil%2Ctitle=x%3A%3A%250A%3A%3Aerror%3A%3Apwned⏎%3A%3Aadd-mask%3A%3A%3A tool-removed (breaking)::Tool "a,b:c" was removed.%0A::error::injected 100%25 <x & "y">',
      '::error file=mcp-contract.snapshot.json,title=mcp-contract evil%2Ctitle=x%3A%3A%250A%3A%3Aerror%3A%3Apwned⏎%3A%3Aadd-mask%3A%3A%3A gate (bump-too-small)::1 breaking change needs a major bump, but 1.0.0 → 1.1.0 is only a minor bump. To merge: bump the version to 2.0.0, waive it in the policy (rule, tool, reason, expires) or approve the break (--approve-breaking, or the approval label on the pull request).',
      '::notice file=mcp-contract.snapshot.json,title=mcp-contract evil%2Ctitle=x%3A%3A%250A%3A%3Aerror%3A%3Apwned⏎%3A%3Aadd-mask%3A%3A%3A tool-added (safe)::Tool "get" was added.',
      '',
    ]);
    // No line but the commands starts with "::": the label cannot open a command of its own.
    expect(out.split('\n').filter((l) => l.startsWith('::')).length).toBe(3);
  });

  it('a break covered by the major bump is a warning, not an error', () => {
    const out = renderReport(report('2.0.0'), 'githubactions');
    expect(out.split('\n')[1]).toMatch(/^::warning title=.* tool-removed \(breaking\)::/);
    expect(out.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
  });
});

describe('githubactions against any catalog text', () => {
  it('every line is the verdict line or one command of ours, whatever the label, subject and message hold', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (name, subject, message) => {
        const finding: Finding = { rule: 'tool-removed', severity: 'breaking', kind: 'tool', subject, tool: subject, path: '', message };
        const verdict = gate({ findings: [finding], baseVersion: '1.0.0', headVersion: '1.0.1' });
        const r = buildReport({ label: name, base: snap(name, '1.0.0'), head: snap(name, '1.0.1'), findings: [finding], verdict });
        const lines = renderReport(r, 'githubactions', { snapshotUri: subject || 'x' }).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines[0]).toMatch(/^mcp-contract /);
        // The break and the gate's reason: two error commands, each one line, properties free of raw , and :
        expect(lines.slice(1).map((l) => /^::error file=[^,:\r\n]*,title=[^,:\r\n]*::[^\r\n]*$/.test(l))).toEqual([true, true]);
        expect(lines.join('\n')).not.toMatch(/\r/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('--format junit', () => {
  it('escapes XML and fails exactly where the verdict fails', () => {
    expect(escapeXml(`<a href="x">'&'\n\u0007\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&#10;␇\uFFFD');
    const failing = renderReport(report('1.1.0'), 'junit');
    expect(failing).toContain('<testsuites name="mcp-contract" tests="3" failures="2" errors="0" skipped="0">');
    expect(failing).toContain(
      '<testcase classname="tool.a,b:c" name="tool-removed (breaking)">\n      <failure type="tool-removed" message="Tool &quot;a,b:c&quot; was removed.&#10;::error::injected 100% &lt;x &amp; &quot;y&quot;&gt;"/>',
    );
    expect(failing).toContain('<testcase classname="gate" name="gate/bump-too-small">');
    const passing = renderReport(report('2.0.0'), 'junit');
    expect(passing).toContain('<testsuites name="mcp-contract" tests="2" failures="0" errors="0" skipped="0">');
  });
});

describe('changelog', () => {
  it('groups the changes by severity with the bump they need', () => {
    expect(renderChangelog(report('2.0.0'), 'text')).toBe(
      [
        'evil,title=x::%0A::error::pwned⏎::add-mask:: 1.0.0 → 2.0.0',
        'Requires a major version bump.',
        '',
        'Breaking changes (1)',
        '  - tool a,b:c: Tool "a,b:c" was removed.⏎::error::injected 100% <x & "y"> [tool-removed]',
        '',
        'Additions and compatible changes (1)',
        '  - tool get: Tool "get" was added. [tool-added]',
        '',
      ].join('\n'),
    );
    const md = renderChangelog(report('2.0.0'), 'markdown');
    expect(md).toContain(
      '### 🛑 Breaking changes (1)\n\n- tool `a,b:c`: Tool "a,b:c" was removed.<br>::error::injected 100% &lt;x &amp; "y"&gt; (`tool-removed`)',
    );
    expect(JSON.parse(renderChangelog(report('2.0.0'), 'json'))).toMatchObject({
      requiredBump: 'major',
      changes: { breaking: [{ rule: 'tool-removed', subject: 'a,b:c' }], warning: [], safe: [{ rule: 'tool-added' }], info: [] },
    });
  });
});
