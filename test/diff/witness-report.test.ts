// How a witness lands in the reports: one line under its finding (Markdown row, terminal), extra.witness / extra.witnessNote in JSON, hostile instances inert and cut at 200 characters.
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { diffCatalogs } from '../../src/diff/index.js';
import type { Finding } from '../../src/findings/finding.js';
import { buildReport } from '../../src/report/build.js';
import { renderReport } from '../../src/report/render.js';
import { stripCode } from '../report/markdown-structure.js';

const snap = (tools: Array<Record<string, unknown>>) =>
  toSnapshot({
    server: { name: 'demo', version: '1.0.0' },
    capabilities: { tools: {} },
    tools: tools as never,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  });
const base = snap([{ name: 'get', inputSchema: { type: 'object' } }]);
const head = snap([{ name: 'get', inputSchema: { type: 'object' } }]);

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'input-constraint-tightened',
  severity: 'breaking',
  kind: 'tool',
  subject: 'get',
  tool: 'get',
  path: '/inputSchema/properties/limit/maximum',
  before: 100,
  after: 50,
  message: 'maximum of `limit` lowered from 100 to 50.',
  ...over,
});
const render = (findings: Finding[], format: 'markdown' | 'text' | 'json') =>
  renderReport(buildReport({ label: 'demo', base, head, findings }), format);

describe('witness lines in the reports', () => {
  it('input: "this call was valid and is now rejected", under the finding in every format', () => {
    const f = finding({ extra: { witness: { limit: 51 } } });
    const md = render([f], 'markdown');
    expect(md).toContain('maximum of `limit` lowered from 100 to 50.<br>this call was valid and is now rejected: `{"limit":51}` |');
    const text = render([f], 'text').split('\n');
    const at = text.findIndex((l) => l.includes('maximum of limit') || l.includes('maximum of `limit`'));
    // The message already quotes both values, so no separate "100 → 50" line follows it.
    expect(text.slice(at, at + 2)).toEqual([
      '    maximum of `limit` lowered from 100 to 50.',
      '    this call was valid and is now rejected: {"limit":51}',
    ]);
    expect(JSON.parse(render([f], 'json')).findings[0].extra).toEqual({ witness: { limit: 51 } });
  });

  it('output: "the server may now return …, which the old schema rejected"', () => {
    const f = finding({
      rule: 'output-type-widened',
      path: '/outputSchema/properties/total/type',
      before: 'integer',
      after: 'number',
      message: 'field total widened.',
      extra: { witness: { total: 0.5 } },
    });
    expect(render([f], 'markdown')).toContain(
      'field total widened.<br>the server may now return `{"total":0.5}`, which the old schema rejected |',
    );
    expect(render([f], 'text')).toContain('    the server may now return {"total":0.5}, which the old schema rejected\n');
  });

  it('no witness: the reason, in every format', () => {
    const f = finding({ extra: { witnessNote: 'the 50 ms budget ran out after 12 instances' } });
    expect(render([f], 'markdown')).toContain(
      '<br>no witness found within the search budget (the 50 ms budget ran out after 12 instances) |',
    );
    expect(render([f], 'text')).toContain('    no witness found within the search budget (the 50 ms budget ran out after 12 instances)\n');
    expect(JSON.parse(render([f], 'json')).findings[0].extra).toEqual({ witnessNote: 'the 50 ms budget ran out after 12 instances' });
  });

  it('keeps findings without a witness byte-identical (no extra in JSON, no line)', () => {
    const f = finding({ extra: { definedAt: '#/$defs/A' } });
    expect(JSON.parse(render([f], 'json')).findings[0]).not.toHaveProperty('extra');
    expect(render([f], 'markdown')).not.toContain('<br>');
    expect(render([f], 'text')).not.toMatch(/witness|now rejected/);
  });

  it('renders a hostile instance inert and cut at 200 characters', () => {
    const hostile = { '`| <img src=x onerror=alert(1)> @org/team #12': '```\n::set-output name=x::y\u202e', pad: 'p'.repeat(400) };
    const f = finding({ extra: { witness: hostile } });
    const md = render([f], 'markdown');
    const row = md.split('\n').find((l) => l.includes('now rejected'))!;
    const prose = stripCode(row);
    expect(prose).not.toMatch(/<img|@org|#12|::set-output/);
    expect(row).not.toContain('\u202e');
    expect(row).toContain('[U+202E]');
    // The table keeps its four cells: every pipe inside the witness is escaped.
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(6);
    const shown = /now rejected: (`+) ?(.*?) ?\1 \|$/.exec(row)!;
    expect(Array.from(shown[2]!.replace(/\\\|/g, '|')).length).toBeLessThanOrEqual(200);
    expect(shown[2]).toMatch(/…$/);
    const text = render([f], 'text')
      .split('\n')
      .find((l) => l.includes('now rejected'))!;
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain('\n');
    expect(Array.from(text.replace('    this call was valid and is now rejected: ', '')).length).toBeLessThanOrEqual(200);
  });

  it('end to end: a diff with a tightened bound shows its checked witness in the PR comment', async () => {
    const b = snap([{ name: 'search', inputSchema: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } }]);
    const h = snap([{ name: 'search', inputSchema: { type: 'object', properties: { limit: { type: 'integer', maximum: 50 } } } }]);
    const findings = await diffCatalogs(b, h, { oracle: false });
    const md = renderReport(buildReport({ label: 'demo', base: b, head: h, findings }), 'markdown');
    expect(md).toContain('this call was valid and is now rejected: `{"limit":51}`');
  });
});
