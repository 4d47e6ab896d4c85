// The four formats on one realistic report, and Markdown truncation that never breaks the structure.
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Finding } from '../../src/findings/finding.js';
import { RULES } from '../../src/rules/registry.js';
import { gate } from '../../src/policy/gate.js';
import { buildReport } from '../../src/report/build.js';
import { renderReport } from '../../src/report/render.js';
import { stripCode } from './markdown-structure.js';

const snap = (version: string, tools: string[]) =>
  toSnapshot({
    server: { name: 'demo', version },
    capabilities: { tools: {} },
    tools: tools.map((name) => ({ name, inputSchema: { type: 'object' } })),
    prompts: [],
    resources: [],
    resourceTemplates: [],
  });
const base = snap('1.4.2', ['search', 'get']);
const head = snap('1.5.0', ['search_v2', 'get']);
const findings: Finding[] = [
  {
    rule: 'tool-added',
    severity: 'safe',
    kind: 'tool',
    subject: 'get_many',
    tool: 'get_many',
    path: '',
    after: 'get_many',
    message: 'Tool "get_many" was added.',
  },
  {
    rule: 'tool-renamed',
    severity: 'breaking',
    kind: 'tool',
    subject: 'search_v2',
    tool: 'search_v2',
    path: '',
    before: 'search',
    after: 'search_v2',
    message: 'Tool "search" was renamed to "search_v2".',
    extra: { from: 'search', to: 'search_v2' },
  },
  {
    rule: 'input-constraint-tightened',
    severity: 'breaking',
    kind: 'tool',
    subject: 'get',
    tool: 'get',
    path: '/inputSchema/properties/limit/maximum',
    before: 100,
    after: 10,
    message: 'maximum of `limit` lowered from 100 to 10.',
  },
  {
    rule: 'server-instructions-changed',
    severity: 'warning',
    kind: 'server',
    subject: 'demo',
    path: '/instructions',
    before: 'a',
    after: 'b',
    message: 'Server instructions changed.',
  },
];

function report(opts: { approved?: boolean; headVersion?: string } = {}) {
  const verdict = gate({
    findings,
    baseVersion: '1.4.2',
    headVersion: opts.headVersion ?? '1.5.0',
    ...(opts.approved ? { approved: { by: 'label breaking-change-approved' } } : {}),
  });
  return buildReport({
    label: 'demo',
    base,
    head,
    baseSource: 'git:main:mcp-contract.snapshot.json',
    headSource: 'node server.js',
    findings,
    verdict,
  });
}

describe('buildReport', () => {
  it('sorts findings (severity, kind, subject, path), counts them and carries both catalog refs', () => {
    const r = report();
    expect(r.findings.map((f) => f.rule)).toEqual([
      'input-constraint-tightened',
      'tool-renamed',
      'server-instructions-changed',
      'tool-added',
    ]);
    expect(r.counts).toEqual({ breaking: 2, warning: 1, safe: 1, info: 0 });
    expect(r.requiredBump).toBe('major');
    expect(r.base).toEqual({
      name: 'demo',
      version: '1.4.2',
      hash: base.hashes.catalog,
      source: 'git:main:mcp-contract.snapshot.json',
      toolCount: 2,
    });
    const plain = buildReport({ label: 'demo', base, head, findings: findings.slice(0, 1) });
    expect(plain.verdict).toBeUndefined();
    expect(plain.requiredBump).toBe('minor');
  });
});

describe('text', () => {
  it('leads with the verdict and what to do, groups by severity, colours only when asked', () => {
    const out = renderReport(report(), 'text');
    const lines = out.split('\n');
    expect(lines[0]).toBe('✗ FAIL  demo: contract check failed: 2 breaking changes, 1 warning and 1 safe change; bump to 2.0.0');
    expect(lines[1]).toBe('  version 1.4.2 → 1.5.0 (minor); required bump: major; needs 2.0.0');
    expect(out.indexOf('What to do:')).toBeLessThan(out.indexOf('BREAKING (2)'));
    expect(out.indexOf('BREAKING (2)')).toBeLessThan(out.indexOf('WARNING (1)'));
    expect(out.indexOf('WARNING (1)')).toBeLessThan(out.indexOf('SAFE (1)'));
    expect(out).toContain(
      '  input-constraint-tightened  tool get /inputSchema/properties/limit/maximum\n    maximum of `limit` lowered from 100 to 10.\n  tool-renamed',
    );
    expect(out).not.toContain('\u001b');
    expect(renderReport(report(), 'text', { color: true })).toContain('\u001b[31m✗ FAIL\u001b[0m');
  });
  it('shows catalog text with control characters (ANSI escapes) made visible', () => {
    const evil = buildReport({ label: 'x\u001b[2J', base, head, findings: [{ ...findings[0]!, message: 'hi\u001b]0;pwned\u0007' }] });
    const out = renderReport(evil, 'text');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('x␛[2J');
  });
});

describe('markdown', () => {
  it('leads with the verdict, what to do (exact version, dual registration, approval), then counts, findings and details', () => {
    const md = renderReport(report(), 'markdown');
    const lines = md.split('\n');
    expect(lines[0]).toBe(
      '### ❌ mcp-contract: `demo` — contract check failed: 2 breaking changes, 1 warning and 1 safe change; bump to 2.0.0',
    );
    expect(md).toContain('**What to do:**');
    expect(md).toContain('bump the version to 2.0.0');
    expect(md).toContain(
      '- tool `search` was renamed to `search_v2`: bump to 2.0.0, or keep `search` registered beside `search_v2` until the next major',
    );
    expect(md).toContain('approve the break (--approve-breaking, or the approval label on the pull request)');
    expect(md).toContain('| 2 | 1 | 1 | 0 | **major** | 1.4.2 → 1.5.0 (minor) → needs **2.0.0** |');
    expect(md).toContain('| 🛑 Breaking | `input-constraint-tightened` | tool `get` | maximum of `limit` lowered from 100 to 10. |');
    expect(md).toContain('<details open><summary>🛑 tool <code>get</code>: 1 breaking</summary>');
    expect(md).toContain('| 🛑 `input-constraint-tightened` | `/inputSchema/properties/limit/maximum` | `100` | `10` |');
    expect(md).toContain('<details><summary>⚠️ server <code>demo</code>: 1 warning</summary>');
  });
  it('a passing approved report says who approved', () => {
    const md = renderReport(report({ approved: true }), 'markdown');
    expect(md.split('\n')[0]).toBe(
      '### ✅ mcp-contract: `demo` — contract check passed (breaking changes approved): 2 breaking changes, 1 warning and 1 safe change, required bump major',
    );
    expect(md).toContain(
      '- 2 breaking changes approved by label breaking-change-approved without the major bump (semver would ask for 2.0.0).',
    );
    expect(md).toContain('_(approved by label breaking-change-approved)_');
  });
});

describe('markdown truncation', () => {
  const many: Finding[] = Array.from({ length: 400 }, (_, i) => ({
    rule: 'input-property-added-required',
    severity: 'breaking',
    kind: 'tool',
    subject: `tool_${String(i).padStart(3, '0')}`,
    tool: `tool_${i}`,
    path: '/inputSchema/required',
    before: ['a'],
    after: ['a', 'b'],
    message: `Tool "tool_${i}" now requires \`b\`; old calls omit it. ${'padding '.repeat(10)}`,
  }));
  const big = buildReport({
    label: 'big',
    base,
    head,
    findings: many,
    verdict: gate({ findings: many, baseVersion: '1.0.0', headVersion: '1.1.0' }),
  });
  const full = renderReport(big, 'markdown', { maxLength: 10_000_000 });

  it('fits the default 65,000 limit for GitHub comments, with the pointer', () => {
    expect(full.length).toBeGreaterThan(65_000);
    const cut = renderReport(big, 'markdown');
    expect(cut.length).toBeLessThanOrEqual(65_000);
    expect(cut.trimEnd().split('\n').pop()).toMatch(
      /^> ✂️ \d+ more findings and 400 detail sections not shown\. The report was cut to fit a comment: the full report is in the job summary\.$/,
    );
  });

  for (const max of [3_000, 12_345, 40_000, 70_000]) {
    it(`at maxLength ${max}: within the limit, whole rows and whole sections, the caller's pointer last`, () => {
      const cut = renderReport(big, 'markdown', { maxLength: max, summaryPointer: 'See [the job summary](https://example.test/run/1).' });
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.startsWith('### ❌ mcp-contract: `big`')).toBe(true);
      expect(cut.trimEnd().endsWith('See [the job summary](https://example.test/run/1).')).toBe(true);
      const outside = stripCode(cut);
      expect(outside.match(/<details/g)?.length ?? 0).toBe(outside.match(/<\/details>/g)?.length ?? 0);
      expect(outside.match(/<summary>/g)?.length ?? 0).toBe(outside.match(/<\/summary>/g)?.length ?? 0);
      for (const row of cut.split('\n').filter((l) => l.startsWith('|'))) expect(row.endsWith('|'), row).toBe(true);
      expect(cut.split('`').length % 2).toBe(1);
    });
  }

  it('caps the reasons in the lead so the tables still fit', () => {
    const renames: Finding[] = Array.from({ length: 60 }, (_, i) => ({
      rule: 'tool-renamed',
      severity: 'breaking',
      kind: 'tool',
      subject: `t${i}_v2`,
      tool: `t${i}_v2`,
      path: '',
      message: 'renamed',
      extra: { from: `t${i}`, to: `t${i}_v2` },
    }));
    const r = buildReport({
      label: 'r',
      base,
      head,
      findings: renames,
      verdict: gate({ findings: renames, baseVersion: '1.0.0', headVersion: '1.1.0' }),
    });
    const md = renderReport(r, 'markdown');
    expect(md.split('\n').filter((l) => l.startsWith('- ')).length).toBe(16);
    expect(md).toContain('- … and 46 more like these (see the findings below).');
    expect(md.split('\n').filter((l) => l.startsWith('| 🛑 Breaking | `tool-renamed` |')).length).toBe(60);
  });
  it('even a tiny limit keeps the verdict line', () => {
    const cut = renderReport(big, 'markdown', { maxLength: 400 });
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.split('\n')[0]).toBe('### mcp-contract — contract check failed: 400 breaking changes; bump to 2.0.0');
  });
});

describe('json', () => {
  it('has the documented shape', () => {
    const json = JSON.parse(renderReport(report(), 'json'));
    expect(Object.keys(json)).toEqual([
      'label',
      'base',
      'head',
      'requiredBump',
      'counts',
      'findings',
      'verdict',
      'actualBump',
      'baseVersion',
      'headVersion',
      'suggestedVersion',
      'reasons',
    ]);
    expect(json.head).toEqual({ name: 'demo', version: '1.5.0', hash: head.hashes.catalog, source: 'node server.js', toolCount: 2 });
    expect(json).toMatchObject({ verdict: 'fail', requiredBump: 'major', actualBump: 'minor', suggestedVersion: '2.0.0' });
    expect(json.findings[0]).toEqual({
      rule: 'input-constraint-tightened',
      severity: 'breaking',
      kind: 'tool',
      subject: 'get',
      tool: 'get',
      path: '/inputSchema/properties/limit/maximum',
      before: 100,
      after: 10,
      message: 'maximum of `limit` lowered from 100 to 10.',
    });
    expect(json.findings[2].tool).toBeNull();
    expect(json.reasons.map((r: any) => r.code)).toEqual(['bump-too-small', 'rename-needs-bump']);
    const plain = JSON.parse(renderReport(buildReport({ label: 'demo', base, head, findings }), 'json'));
    expect(plain.verdict).toBeUndefined();
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with the registry as rules and one result per finding (plus blocking gate reasons)', () => {
    const sarif = JSON.parse(
      renderReport(report(), 'sarif', {
        snapshotUri: 'mcp-contract.snapshot.json',
        locate: (f) => (f.subject === 'get' ? { uri: 'src/server.ts', line: 42 } : undefined),
      }),
    );
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('mcp-contract');
    expect(run.tool.driver.rules.slice(0, RULES.length).map((r: any) => r.id)).toEqual(RULES.map((r) => r.id));
    const results = run.results;
    expect(results.map((r: any) => [r.ruleId, r.level])).toEqual([
      ['input-constraint-tightened', 'error'],
      ['tool-renamed', 'error'],
      ['server-instructions-changed', 'warning'],
      ['tool-added', 'note'],
      ['gate/bump-too-small', 'error'],
      ['gate/rename-needs-bump', 'error'],
    ]);
    for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'src/server.ts' }, region: { startLine: 42 } });
    expect(results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'mcp-contract.snapshot.json' } });
    expect(results[0].locations[0].logicalLocations[0]).toEqual({
      name: 'get',
      fullyQualifiedName: 'tool:get/inputSchema/properties/limit/maximum',
      kind: 'function',
    });
  });
  it('records approvals and waivers as suppressions', () => {
    const sarif = JSON.parse(renderReport(report({ approved: true }), 'sarif'));
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'approved by label breaking-change-approved' },
    ]);
  });
});

describe('runs of the same change to many resources', () => {
  const removed: Finding[] = Array.from({ length: 100 }, (_, i) => ({
    rule: 'resource-removed',
    severity: 'breaking',
    kind: 'resource',
    subject: `test://r/${String(i).padStart(3, '0')}`,
    path: '',
    before: `test://r/${i}`,
    message: `Resource "test://r/${String(i).padStart(3, '0')}" was removed; clients reading it will fail.`,
  }));
  const toolChanges: Finding[] = Array.from({ length: 8 }, (_, i) => ({
    rule: 'tool-removed',
    severity: 'breaking',
    kind: 'tool',
    subject: `t${i}`,
    tool: `t${i}`,
    path: '',
    before: `t${i}`,
    message: `Tool "t${i}" was removed.`,
  }));
  const all = [...removed, ...toolChanges];
  const r = buildReport({
    label: 'res',
    base,
    head,
    findings: all,
    verdict: gate({
      findings: all,
      baseVersion: '1.0.0',
      headVersion: '2.0.0',
      policy: { waivers: [{ rule: 'resource-removed', tool: 'test://r/050', reason: 'moved to a template' }] },
    }),
  });

  it('fold into three rows and one naming the rest (Markdown), with every subject in one details table; tools never fold', () => {
    const md = renderReport(r, 'markdown', { maxLength: 10_000_000 });
    const rows = md.split('\n').filter((l) => l.startsWith('| 🛑 Breaking | `resource-removed` |'));
    // Three shown, one folded row for 96 more, and the waived one keeps its own row.
    expect(rows).toHaveLength(5);
    expect(rows[3]).toMatch(/^\| 🛑 Breaking \| `resource-removed` \| 96 more resources \| The same change for `test:\/\/r\/003`/);
    expect(rows.some((row) => row.includes('test://r/050') && row.includes('waived'))).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('| 🛑 Breaking | `tool-removed` |'))).toHaveLength(8);
    const folded = md.slice(md.indexOf('96 more resources: <code>resource-removed</code>'));
    for (const f of removed.filter((x) => !['test://r/000', 'test://r/001', 'test://r/002', 'test://r/050'].includes(x.subject)))
      expect(folded).toContain(`\`${f.subject}\``);
  });

  it('fold in the terminal too; JSON and SARIF keep every finding', () => {
    const text = renderReport(r, 'text', { color: false });
    expect(text).toContain('resource-removed  … and 96 more resources with the same change: test://r/003, test://r/004');
    expect(text.match(/^ {2}tool-removed {2}tool t\d$/gm)).toHaveLength(8);
    expect(JSON.parse(renderReport(r, 'json')).findings).toHaveLength(108);
    expect(JSON.parse(renderReport(r, 'sarif')).runs[0].results.length).toBeGreaterThanOrEqual(108);
  });
});
