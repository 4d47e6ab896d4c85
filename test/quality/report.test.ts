// The footprint and catalog-quality sections in every format: shape, escaping of catalog text, and the PR comment's size limit on a large catalog.
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Finding } from '../../src/findings/finding.js';
import { gate } from '../../src/policy/gate.js';
import type { Footprint } from '../../src/quality/footprint.js';
import type { LintReportMode } from '../../src/config/types.js';
import { summarizeExisting } from '../../src/quality/existing.js';
import { buildReport } from '../../src/report/build.js';
import { renderReport } from '../../src/report/render.js';
import { stripCode } from '../report/markdown-structure.js';

const snap = (version: string, n: number) =>
  toSnapshot({
    server: { name: 'demo', version },
    capabilities: { tools: {} },
    tools: Array.from({ length: n }, (_, i) => ({ name: `tool_${i}`, inputSchema: { type: 'object' } })),
    prompts: [],
    resources: [],
    resourceTemplates: [],
  });
const HOSTILE = 'x|<script>alert(1)</script>`@octocat #1';

const footprint: Footprint = {
  tokenizer: 'o200k_base',
  base: 12_000,
  head: 13_500,
  delta: 1_500,
  deltaPercent: 12.5,
  perTool: [
    { tool: HOSTILE, base: 0, head: 900, delta: 900 },
    { tool: 'search', base: 400, head: 1_000, delta: 600 },
    { tool: 'old', base: 300, head: 0, delta: -300 },
  ],
};
const lintFinding = (rule: string, severity: Finding['severity'], subject: string, message: string): Finding => ({
  rule,
  severity,
  kind: 'tool',
  subject,
  tool: subject,
  path: '/description',
  message,
});

function report(opts: { diffFindings?: number; existing?: number; withQuality?: boolean; lintReport?: LintReportMode } = {}) {
  const diffFindings: Finding[] = Array.from({ length: opts.diffFindings ?? 1 }, (_, i) => ({
    rule: 'input-property-added-required',
    severity: 'breaking',
    kind: 'tool',
    subject: `tool_${i}`,
    tool: `tool_${i}`,
    path: '/inputSchema/required',
    before: ['a'],
    after: ['a', 'b'],
    message: `Tool "tool_${i}" now requires \`b\`; old calls omit it. ${'padding '.repeat(10)}`,
  }));
  const newLint = [lintFinding('tool-description-missing', 'warning', HOSTILE, `Tool "${HOSTILE}" has no description.`)];
  const existing = Array.from({ length: opts.existing ?? 3 }, (_, i) =>
    lintFinding(
      'input-parameter-undocumented',
      'info',
      i === 0 ? HOSTILE : `tool_${i}`,
      `Tool "${i === 0 ? HOSTILE : `tool_${i}`}": parameter "q" has no description. ${'long '.repeat(60)}`,
    ),
  );
  const findings = [...diffFindings, ...newLint];
  const verdict = gate({ findings, baseVersion: '1.0.0', headVersion: '2.0.0' });
  return buildReport({
    label: 'demo',
    base: snap('1.0.0', 10),
    head: snap('2.0.0', 10),
    findings: verdict.findings,
    verdict,
    ...(opts.withQuality === false ? {} : { footprint, lintExisting: summarizeExisting(existing, opts.lintReport) }),
  });
}

describe('quality sections', () => {
  it('JSON: footprint as measured, lint split into new (also in findings) and existing (only there)', () => {
    const json = JSON.parse(renderReport(report(), 'json'));
    expect(json.footprint).toEqual(footprint);
    expect(json.lint.new.map((f: Finding) => f.rule)).toEqual(['tool-description-missing']);
    expect(json.findings.map((f: Finding) => f.rule)).toContain('tool-description-missing');
    // Already there: an exact count per rule, the findings themselves only with --lint all.
    expect(json.lint.existing).toEqual({ count: 3, byRule: { 'input-parameter-undocumented': 3 } });
    const all = JSON.parse(renderReport(report({ lintReport: 'all' }), 'json'));
    expect(all.lint.existing.count).toBe(3);
    expect(all.lint.existing.byRule).toEqual({ 'input-parameter-undocumented': 3 });
    expect(all.lint.existing.findings.map((f: Finding) => f.subject)).toEqual([HOSTILE, 'tool_1', 'tool_2'].sort());
    expect(all.findings).toEqual(json.findings);
    expect(json.findings.map((f: Finding) => f.rule)).not.toContain('input-parameter-undocumented');
    const without = JSON.parse(renderReport(report({ withQuality: false }), 'json'));
    expect(without.footprint).toBeUndefined();
    expect(without.lint).toBeUndefined();
  });

  it('Markdown: both sections with totals, top changes and the collapsed "already there" counts (list with --lint all); catalog text escaped', () => {
    const counted = renderReport(report(), 'markdown');
    expect(counted).toContain(
      '<details><summary>3 lint findings already in the base, by rule</summary>\n\n| Rule | Findings |\n|---|---:|\n| `input-parameter-undocumented` | 3 |\n\nListed one by one with `--lint all`',
    );
    expect(counted).not.toContain('parameter "q" has no description');
    const md = renderReport(report({ lintReport: 'all' }), 'markdown');
    expect(md).toContain('parameter "q" has no description');
    expect(md).toContain('#### Token footprint');
    expect(md).toContain('The tools cost about **12,000 → 13,500 tokens (+1,500, +12.5%)** of model context on every request (o200k_base;');
    expect(md).toContain('| `search` | 400 | 1,000 | +600 |');
    expect(md).toContain('| `old` | 300 | 0 | −300 |');
    expect(md).toContain('#### Catalog quality');
    expect(md).toContain(
      '**1 new** lint finding in this change (in the table above; they count toward the gate); **3 already there** (in the base too; not gated).',
    );
    expect(md).toContain('<details><summary>3 lint findings already in the base, by rule</summary>');
    expect(md.indexOf('#### Token footprint')).toBeLessThan(md.indexOf('#### Details'));
    const outside = stripCode(md);
    expect(outside).not.toMatch(/<script>/);
    expect(outside).not.toMatch(/@octocat/);
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) expect(row.endsWith('|'), row).toBe(true);
  });

  it('Markdown: no lint findings at all says so; without the sections nothing is added', () => {
    const clean = buildReport({
      label: 'demo',
      base: snap('1.0.0', 1),
      head: snap('1.0.0', 1),
      findings: [],
      lintExisting: summarizeExisting([]),
    });
    expect(renderReport(clean, 'markdown')).toContain('#### Catalog quality\n\nNo lint findings.');
    expect(renderReport(report({ withQuality: false }), 'markdown')).not.toMatch(/Token footprint|Catalog quality/);
  });

  it('text: footprint line with the largest changes, lint counts per rule, and every existing one with --lint all', () => {
    const counted = renderReport(report({ existing: 25 }), 'text');
    expect(counted).toContain(
      'LINT  1 new in this change (listed above with the other findings; they count toward the gate); 25 the base already had (not gated; `--lint all` lists them):\n       25  input-parameter-undocumented\n',
    );
    expect(counted).not.toContain('has no description. long');
    const listed = renderReport(report({ existing: 25, lintReport: 'all' }), 'text');
    expect(listed.match(/parameter "q" has no description\. long/g)).toHaveLength(25);
    const text = renderReport(report({ lintReport: 'all' }), 'text');
    expect(text).toContain('TOKEN FOOTPRINT  12,000 → 13,500 tokens (+1,500, +12.5%) per request (o200k_base;');
    expect(text).toContain('  +600  search (400 → 1,000)');
    expect(text).toContain('  −300  old (300 → 0)');
    expect(text).toContain(
      'LINT  1 new in this change (listed above with the other findings; they count toward the gate); 3 the base already had (not gated):\n        3  input-parameter-undocumented\n',
    );
    expect(text).toContain('  input-parameter-undocumented  tool tool_1: Tool "tool_1": parameter "q" has no description.');
  });

  it('the PR comment (65,000 characters) keeps both sections on a large catalog, cutting findings instead', () => {
    const big = report({ diffFindings: 3_000, existing: 5_000, lintReport: 'all' });
    const full = renderReport(big, 'markdown', { maxLength: 100_000_000 });
    expect(full.length).toBeGreaterThan(65_000);
    const cut = renderReport(big, 'markdown', { maxLength: 65_000 });
    expect(cut.length).toBeLessThanOrEqual(65_000);
    expect(cut).toContain('#### Token footprint');
    expect(cut).toContain('**5,000 already there**');
    expect(cut).toContain('… and 4980 more (all are in the JSON report)');
    expect(cut.trimEnd().split('\n').pop()).toMatch(/^> ✂️ \d+ more findings and \d+ detail sections not shown\./);
    const outside = stripCode(cut);
    expect(outside.match(/<details/g)?.length ?? 0).toBe(outside.match(/<\/details>/g)?.length ?? 0);
    for (const row of cut.split('\n').filter((l) => l.startsWith('|'))) expect(row.endsWith('|'), row).toBe(true);
    // A tiny limit drops the sections before the verdict line.
    const tiny = renderReport(big, 'markdown', { maxLength: 2_000 });
    expect(tiny.length).toBeLessThanOrEqual(2_000);
  });
});
