// Usage evidence end to end in-process: the notes repository and recorded calls, real server-memory traces, the usage rule's fixture.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog } from '../../src/catalog/snapshot-file.js';
import { policyForRun } from '../../src/config/resolve.js';
import { buildReport } from '../../src/report/build.js';
import { renderReport } from '../../src/report/render.js';
import { toJsonReport } from '../../src/report/json.js';
import type { Finding } from '../../src/findings/finding.js';
import { RULES } from '../../src/rules/registry.js';
import { readCalls } from '../../src/usage/calls.js';
import { referencesInFile } from '../../src/usage/extract.js';
import { toolIndex } from '../../src/usage/tool-index.js';
import { usageOf, weighRun, weighUsage } from '../../src/usage/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/usage');

async function snapshot(file: string) {
  return toSnapshot((await loadCatalog(path.join(fixtures, file))).catalog);
}

async function run(baseFile: string, headFile: string, settings: Parameters<typeof weighRun>[3]) {
  const base = await snapshot(baseFile),
    head = await snapshot(headFile);
  const analysis = await analyze(base, head, { policy: policyForRun(undefined, { lint: false, footprint: false }), oracle: false });
  const weighed = await weighRun(analysis.findings, base, head, settings, fixtures);
  return { base, head, ...weighed };
}

/** Each breaking finding as "rule subject → label", in the findings' order. */
function labels(findings: Parameters<typeof usageOf>[0][]) {
  return findings.filter(usageOf).map((f) => `${f.rule} ${f.subject} → ${usageOf(f)!.label}${usageOf(f)!.demoted ? ' (demoted)' : ''}`);
}

describe('the notes repository and its recorded calls', () => {
  const settings = { root: 'notes/repo', calls: ['notes/calls.jsonl'] };

  it('labels every breaking finding exactly', async () => {
    const { findings, section } = await run('notes/base.json', 'notes/head.json', settings);
    expect(labels(findings).sort()).toEqual([
      'input-constraint-tightened search_notes → broken',
      'input-enum-value-removed archive_note → unaffected',
      'input-property-added-required create_note → broken',
      'output-type-changed get_note → potentially-affected',
      'tool-removed delete_note → broken',
    ]);
    expect(section.labels).toEqual({ broken: 3, 'potentially-affected': 1, unaffected: 1 });
    expect(section.sources.map((s) => [s.kind, s.count, s.oldest, s.newest])).toEqual([
      ['references', 6, undefined, undefined],
      ['calls', 6, '2026-11-30T10:00:00Z', '2026-12-05T10:00:00Z'],
    ]);
  });

  it('names the references with file and line, the parameters they send, and the rejected calls with one example', async () => {
    const { findings } = await run('notes/base.json', 'notes/head.json', settings);
    const search = usageOf(findings.find((f) => f.rule === 'input-constraint-tightened')!)!;
    // The prompt names `limit` beside the tool, the Python call sends it: both use exactly what changed; the TS call and the skill's glob only the tool.
    expect(search.references).toEqual([
      { file: 'prompts/daily-review.md', line: 3, kind: 'prompt', params: ['query', 'limit'] },
      { file: 'src/report.py', line: 3, kind: 'code', params: ['query', 'limit'] },
      { file: 'skills/triage/SKILL.md', line: 3, kind: 'skill', params: [] },
      { file: 'src/sync.ts', line: 4, kind: 'code', params: ['query'] },
    ]);
    expect(search.calls).toEqual({
      rejected: 1,
      ofTool: 3,
      total: 6,
      share: 1 / 6,
      example: { source: 'notes/calls.jsonl:1', arguments: { query: 'a', limit: 80 }, error: '/limit fails maximum' },
    });
    expect(search.reason).toBe(
      '2 references use exactly what changed; 1 of 3 recorded calls of "search_notes" (16.7% of all recorded calls) now fails',
    );

    // A new required parameter breaks the code call that does not send it, not the prompt that only names the tool.
    const create = usageOf(findings.find((f) => f.rule === 'input-property-added-required')!)!;
    expect(create.references.map((r) => `${r.file}:${r.line}`)).toEqual(['src/sync.ts:3', 'prompts/daily-review.md:4']);
    expect(create.reason).toBe(
      '1 reference uses exactly what changed; 1 of 1 recorded call of "create_note" (16.7% of all recorded calls) now fails',
    );

    // The agent lists the removed tool as mcp__notes__delete_note; the deny list of .mcp.json is no use of archive_note.
    const removed = usageOf(findings.find((f) => f.rule === 'tool-removed')!)!;
    expect(removed.references).toEqual([{ file: '.claude/agents/cleaner.md', line: 4, kind: 'agent', params: [] }]);
    expect(usageOf(findings.find((f) => f.rule === 'input-enum-value-removed')!)!.reason).toBe(
      'no reference or recorded call uses "archive_note"',
    );
  });

  it('flags recorded results the head outputSchema rejects as its own finding', async () => {
    const { findings } = await run('notes/base.json', 'notes/head.json', settings);
    const lie = findings.filter((f) => f.rule === 'recorded-output-schema-mismatch');
    expect(lie).toEqual([
      expect.objectContaining({
        severity: 'breaking',
        subject: 'get_note',
        path: '/outputSchema',
        extra: { rejected: 2, results: 2, newlyRejected: 2, example: { source: 'notes/calls.jsonl:5', error: '/words fails type' } },
      }),
    ]);
  });

  it('--demote-unused turns only the unaffected breaking finding into a warning', async () => {
    const { findings, section } = await run('notes/base.json', 'notes/head.json', { ...settings, demoteUnused: true });
    const demoted = findings.filter((f) => usageOf(f)?.demoted);
    expect(demoted.map((f) => [f.rule, f.severity, f.originalSeverity])).toEqual([['input-enum-value-removed', 'warning', 'breaking']]);
    expect(section.demoted).toBe(1);
  });

  it('fails closed: with evidence asked for but none found, nothing is unaffected and nothing is demoted', async () => {
    const { findings, section } = await run('notes/base.json', 'notes/head.json', {
      root: 'notes/repo',
      refs: ['nothing/**/*.none'],
      demoteUnused: true,
    });
    expect(labels(findings)).toEqual([]);
    expect(
      findings
        .filter((f) => f.severity === 'breaking')
        .map((f) => f.rule)
        .sort(),
    ).toEqual([
      'input-constraint-tightened',
      'input-enum-value-removed',
      'input-property-added-required',
      'output-type-changed',
      'tool-removed',
    ]);
    expect(section).toMatchObject({ empty: true, demoted: 0 });
  });

  it('carries the labels and references to every surface', async () => {
    const { base, head, findings, section } = await run('notes/base.json', 'notes/head.json', settings);
    const report = buildReport({ label: 'notes', base, head, findings, usage: section });
    const json = toJsonReport(report);
    expect(json.usage?.labels).toEqual({ broken: 3, 'potentially-affected': 1, unaffected: 1 });
    expect(json.findings.find((f) => f.rule === 'tool-removed')?.usage?.label).toBe('broken');
    const md = renderReport(report, 'markdown', { usageLinkBase: 'https://github.com/o/r/blob/abc/' });
    expect(md).toContain(
      'usage: **broken** — 1 reference uses exactly what changed; in [`.claude/agents/cleaner.md:4`](https://github.com/o/r/blob/abc/.claude/agents/cleaner.md#L4)',
    );
    expect(md).toContain('#### Usage evidence');
    const text = renderReport(report, 'text');
    expect(text).toContain('    usage: UNAFFECTED — no reference or recorded call uses "archive_note"');
    expect(text).toContain('  6 recorded calls from notes/calls.jsonl, recorded 2026-11-30T10:00:00Z to 2026-12-05T10:00:00Z');
  });
});

describe('real server-memory traces (OTLP JSON, GenAI/MCP conventions)', () => {
  it('reads every tools/call span with its arguments and structured result', async () => {
    const { calls, source } = await readCalls(path.join(fixtures, 'memory/traces.otlp.json'), 'traces.otlp.json');
    expect(calls.map((c) => c.tool)).toEqual([
      'create_entities',
      'create_relations',
      'add_observations',
      'search_nodes',
      'search_nodes',
      'open_nodes',
      'read_graph',
    ]);
    expect(calls.filter((c) => c.tool === 'search_nodes').map((c) => c.arguments)).toEqual([
      { query: 'Alice' },
      { query: 'on leave in December' },
    ]);
    expect(calls.every((c) => c.structuredContent !== undefined)).toBe(true);
    expect(source).toMatchObject({ kind: 'calls', count: 7 });
    expect(source.oldest! <= source.newest!).toBe(true);
  });

  it('the server as recorded matches its own outputSchema: no finding', async () => {
    const { findings } = await run('../real/memory-2025.4.25.json', '../real/memory-2026.8.31.json', {
      calls: ['memory/traces.otlp.json'],
    });
    expect(findings.filter((f) => f.rule === 'recorded-output-schema-mismatch')).toEqual([]);
  });

  it('replays the recorded arguments through the narrowed head', async () => {
    const { findings } = await run('../real/memory-2026.8.31.json', 'memory/head-narrowed.json', { calls: ['memory/traces.otlp.json'] });
    expect(labels(findings)).toEqual(['tool-removed delete_entities → unaffected', 'input-constraint-tightened search_nodes → broken']);
    const search = usageOf(findings.find((f) => f.subject === 'search_nodes' && f.severity === 'breaking')!)!;
    expect(search.calls).toMatchObject({
      rejected: 1,
      ofTool: 2,
      total: 7,
      example: { arguments: { query: 'on leave in December' }, error: '/query fails maxLength' },
    });
    expect(findings.find((f) => f.rule === 'recorded-output-schema-mismatch')).toMatchObject({
      subject: 'open_nodes',
      severity: 'breaking',
    });
  });
});

describe('usage rule fixtures', () => {
  const rules = path.join(fixtures, 'rules');
  for (const id of readdirSync(rules)) {
    it(`${id}: the expected finding`, async () => {
      const dir = path.join(rules, id);
      const base = await snapshot(`rules/${id}/base.json`),
        head = await snapshot(`rules/${id}/head.json`);
      const { calls, source } = await readCalls(path.join(dir, 'calls.jsonl'), 'calls.jsonl');
      const { findings } = await weighUsage([] as Finding[], base, head, { references: [], calls, sources: [source] });
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as object[];
      expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject, path: f.path, message: f.message }))).toEqual(
        expected,
      );
    });
  }

  it('every usage rule has a fixture', () => {
    expect(RULES.filter((r) => r.family === 'usage').map((r) => r.id)).toEqual(readdirSync(rules));
  });
});

describe('a renamed tool', () => {
  it('is weighed by the name its users call: references and calls under the base name break; nothing is demoted', async () => {
    const { findings } = await run('notes/base.json', 'renamed/head.json', {
      root: 'notes/repo',
      calls: ['notes/calls.jsonl'],
      demoteUnused: true,
    });
    expect(labels(findings)).toEqual(['tool-renamed find_notes → broken']);
    const usage = usageOf(findings.find((f) => f.rule === 'tool-renamed')!)!;
    expect(usage.reason).toBe(
      '4 references use exactly what changed; 3 of 3 recorded calls of "search_notes" (50% of all recorded calls) now fail',
    );
    expect(usage.calls?.example).toEqual({
      source: 'notes/calls.jsonl:1',
      arguments: { query: 'a', limit: 80 },
      error: 'the tool is now "find_notes"',
    });
  });
});

describe('a renamed parameter', () => {
  it('breaks the recorded calls that still send the old name (the error is at the new, required name)', async () => {
    const base = await snapshot('../catalogs/input-property-renamed/base.json'),
      head = await snapshot('../catalogs/input-property-renamed/head.json');
    const analysis = await analyze(base, head, { policy: policyForRun(undefined, { lint: false, footprint: false }), oracle: false });
    const renamed = analysis.findings.filter((f) => f.rule === 'input-property-renamed');
    const calls = [{ tool: 'search', arguments: { query: 'q', pageIdx: 2 }, source: 'c.jsonl:1' }];
    const { findings } = await weighUsage(renamed, base, head, {
      references: [],
      calls,
      sources: [{ kind: 'calls', origin: 'c.jsonl', count: 1, notes: [] }],
    });
    expect(usageOf(findings[0]!)).toMatchObject({ label: 'broken', calls: { rejected: 1, example: { error: '/pageId fails required' } } });
  });
});

describe('a tool named like a common word', () => {
  it('an unquoted mention in prose keeps it from being unused, but proves no break', async () => {
    const base = { tools: [{ name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } }] };
    const head = { tools: [] };
    const refs = referencesInFile('agent.md', 'First search the notes for q.\n', toolIndex(base));
    expect(refs).toEqual([{ tool: 'search', file: 'agent.md', line: 1, kind: 'prompt', params: ['q'], loose: true }]);
    const removed = {
      rule: 'tool-removed',
      severity: 'breaking' as const,
      kind: 'tool' as const,
      subject: 'search',
      tool: 'search',
      path: '',
      message: 'gone',
    };
    const baseSnap = toSnapshot({ server: {}, capabilities: {}, tools: base.tools, prompts: [], resources: [], resourceTemplates: [] });
    const headSnap = toSnapshot({ server: {}, capabilities: {}, ...head, prompts: [], resources: [], resourceTemplates: [] });
    const { findings } = await weighUsage(
      [removed],
      baseSnap,
      headSnap,
      { references: refs, calls: [], sources: [{ kind: 'references', origin: 'x', count: 1, notes: [] }] },
      { demoteUnused: true },
    );
    expect(usageOf(findings[0]!)).toMatchObject({
      label: 'potentially-affected',
      reason: '"search" appears 1 time as a plain word that may mean the tool',
    });
    expect(findings[0]!.severity).toBe('breaking');
  });
});

describe('evidence cut short by a limit', () => {
  it('demotes nothing: an unread file may hold the one use', async () => {
    const { findings, section } = await run('notes/base.json', 'notes/head.json', { root: 'notes/repo', maxFiles: 2, demoteUnused: true });
    expect(section.sources[0]).toMatchObject({ count: 2, notes: ['stopped at 2 files'], incomplete: true });
    // Two files read (.mcp.json, prompts/daily-review.md): three tools look unused, and all three stay breaking.
    expect(
      findings
        .filter((f) => usageOf(f)?.label === 'unaffected')
        .map((f) => [f.rule, f.severity])
        .sort(),
    ).toEqual([
      ['input-enum-value-removed', 'breaking'],
      ['output-type-changed', 'breaking'],
      ['tool-removed', 'breaking'],
    ]);
    expect(section.demoted).toBe(0);
  });
});
