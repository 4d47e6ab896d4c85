// Token counts against js-tiktoken's own encoder, the documented per-tool serialisation, and the footprint findings (growth, budgets).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Snapshot, ToolDef } from '../../src/catalog/types.js';
import { footprintFindings, measureFootprint, stringifyDeep, toolContextJson } from '../../src/quality/footprint.js';
import { asciiSplitPattern, loadTokenCounter, type TokenCounter } from '../../src/quality/tokenizer.js';
import { REPO_ROOT } from '../helpers/cli.js';

/** The reference: js-tiktoken's encoder, special-token text treated as ordinary text. */
const reference = new Tiktoken(o200k);
const referenceCount = (text: string) => reference.encode(text, [], []).length;
let counter: TokenCounter;
beforeAll(async () => {
  counter = await loadTokenCounter();
});

const snap = (tools: ToolDef[], version = '1.0.0'): Snapshot =>
  toSnapshot({ server: { name: 'demo', version }, capabilities: {}, tools, prompts: [], resources: [], resourceTemplates: [] });

describe('token counter (o200k_base)', () => {
  it('counts known strings exactly as js-tiktoken does', () => {
    const samples = [
      'hello world',
      '{"name":"search","description":"Searches the web.","inputSchema":{"type":"object"}}',
      'héllo wörld 日本語のテキスト 🎉🎉 emoji and ZWJ 👩‍👩‍👧',
      "it's they're I'LL we've",
      '  multiple   spaces\n\n\ttabs\r\n',
      '<|endoftext|> and <|endofprompt|> are plain text here',
      '12345678 3.14159 -0.5e10',
      'a'.repeat(300),
      '',
    ];
    for (const s of samples) expect(counter.count(s), JSON.stringify(s)).toBe(referenceCount(s));
    // Anchors that do not depend on either implementation: o200k splits these into the obvious tokens.
    expect(counter.count('hello world')).toBe(2);
    expect(counter.count('')).toBe(0);
  });

  it('splits ASCII text with the ASCII split pattern exactly as with the full one', () => {
    const ascii = asciiSplitPattern(o200k.pat_str);
    expect(ascii).toBeDefined();
    expect(ascii).not.toMatch(/\\[pP]\{/);
    const [full, short] = [new RegExp(o200k.pat_str, 'gu'), new RegExp(ascii!, 'gu')];
    // Every ASCII character, with the ones the pattern's branches turn on (contractions, cases, digits, line breaks) more often.
    const unit = fc.oneof(
      fc.constantFrom("'", 's', 'S', 't', 'l', 'L', 'd', 'r', 'e', 'v', 'A', 'a', 'Z', '7', ' ', '\n', '\r', '\t', '.', '"'),
      fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(text.match(short), JSON.stringify(text)).toEqual(text.match(full));
        expect(counter.count(text), JSON.stringify(text)).toBe(referenceCount(text));
      }),
      { numRuns: 3000, seed: 20261208 },
    );
    // A property it has no ASCII members for, or a negated one: no ASCII pattern (the full one splits everything).
    expect(asciiSplitPattern('\\p{Nd}+')).toBeUndefined();
    expect(asciiSplitPattern('\\P{L}+')).toBeUndefined();
    expect(asciiSplitPattern('[\\p{L}\\p{M}]+|\\p{N}{1,3}|\\s+')).toBe('[A-Za-z]+|[0-9]{1,3}|\\s+');
  });

  it('counts every tool of the real fixture catalogs exactly as js-tiktoken does', () => {
    for (const file of ['everything-2026.8.31.json', 'filesystem-2026.8.31.json', 'memory-2026.8.31.json']) {
      const full = path.join(REPO_ROOT, 'fixtures/real', file);
      const catalog = toSnapshot(parseCatalogJson(JSON.parse(readFileSync(full, 'utf8')), full).catalog);
      expect(catalog.tools.length, file).toBeGreaterThan(0);
      for (const tool of catalog.tools) {
        const text = toolContextJson(tool);
        expect(counter.count(text), `${file} ${tool.name}`).toBe(referenceCount(text));
      }
    }
  });

  it('counts text cut after punctuation runs (the per-segment memo) exactly as js-tiktoken does', () => {
    const tricky = [
      `"'s`,
      `x"'s`,
      `ab."'ll`,
      `!!\u0301a`,
      `.,  a`,
      `{"a":"b\u0301","c":1}`,
      `'.,1234`,
      `:"\nx`,
      `—"a`,
      `",\u00e9t\u00e9"`,
      `"//a`,
      `:/\r\na`,
      `?!9 ",x ", x`,
      `{"k":"v","k":"v","k":"v"}`,
    ];
    for (const s of tricky) expect(counter.count(s), JSON.stringify(s)).toBe(referenceCount(s));
    // Seeded random strings over letters, digits, spaces, ASCII and other punctuation, marks and apostrophes.
    const alphabet = [
      'a',
      'B',
      's',
      't',
      'é',
      '日',
      '1',
      '7',
      ' ',
      '  ',
      '\n',
      '\t',
      '"',
      "'",
      ':',
      ',',
      '{',
      '}',
      '/',
      '.',
      '!',
      '—',
      '\u0301',
      '🎉',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      let s = '';
      for (let len = Math.floor(next() * 40); len > 0; len--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(counter.count(s), JSON.stringify(s)).toBe(referenceCount(s));
    }
  });

  it('a piece longer than 512 bytes is counted in 512-byte chunks (BPE is quadratic in the piece), each chunk exactly', () => {
    const word = 'abcdefghij'.repeat(500); // 5 kB, a single pre-token piece
    let chunked = 0;
    for (let i = 0; i < word.length; i += 512) chunked += referenceCount(word.slice(i, i + 512));
    expect(counter.count(word)).toBe(chunked);
    // A megabyte-long word still ends (js-tiktoken itself would take minutes).
    expect(counter.count('z'.repeat(1_000_000))).toBeGreaterThan(0);
  });
});

describe('what is counted per tool', () => {
  it('annotations, description, inputSchema, name, outputSchema, title (canonical order), compact; _meta, icons, execution left out', () => {
    const tool: ToolDef = {
      name: 'read',
      title: 'Read',
      description: 'Reads a file.',
      inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
      outputSchema: { type: 'object' },
      annotations: { readOnlyHint: true },
      _meta: { 'x/y': 1 },
      icons: [{ src: 'https://x.test/i.png' }],
      execution: { taskSupport: 'optional' },
      extra: 'ignored',
    };
    expect(toolContextJson(tool)).toBe(
      '{"annotations":{"readOnlyHint":true},"description":"Reads a file.","inputSchema":{"type":"object","properties":{"path":{"type":"string"}}},"name":"read","outputSchema":{"type":"object"},"title":"Read"}',
    );
    expect(toolContextJson({ name: 'bare' })).toBe('{"name":"bare"}');
    // A canonical tool with only counted fields is counted over the very text its hash is taken over.
    const canonical = snap([
      { name: 'c', description: 'Counts.', inputSchema: { type: 'object', properties: { z: { type: 'string' }, a: { type: 'number' } } } },
    ]).tools[0]!;
    expect(toolContextJson(canonical)).toBe(
      '{"description":"Counts.","inputSchema":{"properties":{"a":{"type":"number"},"z":{"type":"string"}},"type":"object"},"name":"c"}',
    );
  });

  it('stringifies schemas deeper than the call stack the same way as JSON.stringify', () => {
    const shallow = { a: [1, 'two', { b: null, c: [true, false] }], 'd"e': { f: 1.5 } };
    expect(stringifyDeep(shallow)).toBe(JSON.stringify(shallow));
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50_000; i++) deep = { type: 'object', properties: { a: deep } };
    const text = toolContextJson({ name: 'deep', inputSchema: deep as never });
    expect(text.startsWith('{"inputSchema":{"type":"object","properties":{"a":{"type":"object"')).toBe(true);
    expect(text.endsWith('{"type":"string"}' + '}}'.repeat(50_000) + ',"name":"deep"}')).toBe(true);
  });
});

describe('footprint base → head', () => {
  const a: ToolDef = { name: 'alpha', description: 'Reads the alpha records of the account.', inputSchema: { type: 'object' } };
  const b: ToolDef = { name: 'beta', description: 'Writes beta.', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } };
  const c: ToolDef = { name: 'gamma', description: 'Gamma. '.repeat(80), inputSchema: { type: 'object' } };

  it('totals are the sum of per-tool counts of the documented serialisation; per-tool changes largest first', async () => {
    const base = snap([a, b]);
    const head = snap([{ ...a, description: a.description + ' Also the archived ones.' }, c]);
    const { footprint } = await measureFootprint(base, head);
    const sum = (s: Snapshot) => s.tools.reduce((n, t) => n + referenceCount(toolContextJson(t)), 0);
    expect(footprint.tokenizer).toBe('o200k_base');
    expect(footprint.base).toBe(sum(base));
    expect(footprint.head).toBe(sum(head));
    expect(footprint.delta).toBe(footprint.head - footprint.base);
    expect(footprint.deltaPercent).toBe(Math.round(((footprint.head - footprint.base) / footprint.base) * 1000) / 10);
    expect(footprint.perTool.map((t) => t.tool)).toEqual(['gamma', 'beta', 'alpha']);
    const gamma = footprint.perTool[0]!;
    expect(gamma).toEqual({
      tool: 'gamma',
      base: 0,
      head: referenceCount(toolContextJson(head.tools.find((t) => t.name === 'gamma')!)),
      delta: gamma.head,
    });
    expect(footprint.perTool[1]).toMatchObject({ tool: 'beta', head: 0 });
    for (const t of footprint.perTool) expect(t.delta).toBe(t.head - t.base);
  });

  it('keeps only the 10 largest changes, and unchanged tools are not listed', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      name: `t${String(i).padStart(2, '0')}`,
      description: 'x '.repeat(i + 1),
      inputSchema: { type: 'object' },
    }));
    const { footprint } = await measureFootprint(snap([a]), snap([a, ...many]));
    expect(footprint.perTool).toHaveLength(10);
    expect(footprint.perTool[0]!.tool).toBe('t29');
    expect(footprint.perTool.some((t) => t.tool === 'alpha')).toBe(false);
  });

  it('growth past the percentage (and at least 100 tokens) is one info finding; budgets use the configured severity', async () => {
    const base = snap([a, b]),
      head = snap([a, b, c]);
    const measured = await measureFootprint(base, head);
    expect(measured.footprint.delta).toBeGreaterThan(100);
    const changed = new Set(['gamma']);
    const grew = footprintFindings(measured, undefined, changed);
    expect(grew.new.map((f) => [f.rule, f.severity, f.before, f.after])).toEqual([
      ['catalog-footprint-grew', 'info', measured.footprint.base, measured.footprint.head],
    ]);
    expect(grew.new[0]!.message).toContain('largest growth: `gamma` +');
    expect(footprintFindings(measured, { footprintGrowthPercent: 10_000 }, changed).new).toEqual([]);

    const budgets = footprintFindings(
      measured,
      { footprintGrowthPercent: 10_000, maxCatalogTokens: measured.footprint.head - 1, maxToolTokens: 20, budgetSeverity: 'breaking' },
      changed,
    );
    expect(budgets.new.map((f) => [f.rule, f.severity, f.subject])).toEqual([
      ['catalog-token-budget-exceeded', 'breaking', 'tools/list'],
      ['tool-token-budget-exceeded', 'breaking', 'gamma'],
    ]);
    // Tools that did not change and are over budget are already there, not new.
    expect(budgets.existing.map((f) => f.subject)).toEqual(['alpha', 'beta'].filter((n) => measured.headPerTool.get(n)! > 20));
    expect(
      footprintFindings(
        measured,
        { maxCatalogTokens: measured.footprint.head, maxToolTokens: 10_000, footprintGrowthPercent: 10_000 },
        changed,
      ).new,
    ).toEqual([]);
  });

  it('a small growth in a tiny catalog is not reported, whatever the percentage', async () => {
    const measured = await measureFootprint(snap([b]), snap([b, a]));
    expect(measured.footprint.deltaPercent!).toBeGreaterThan(50);
    expect(footprintFindings(measured, undefined, new Set(['alpha'])).new).toEqual([]);
  });
});

describe('binary token table (dist/o200k_base.tokens.bin)', () => {
  it("is what the build makes from js-tiktoken's ranks, and counts exactly as the rank module does", async () => {
    const { serializeTable, tableFromBytes, tableFromRankFile } = await import('../../src/quality/token-table.js');
    const { counterFromTable, O200K_TABLE_FILE } = await import('../../src/quality/tokenizer.js');
    const built = readFileSync(path.join(REPO_ROOT, 'dist', O200K_TABLE_FILE));
    const fromModule = tableFromRankFile(o200k);
    expect(Buffer.from(serializeTable(fromModule)).equals(built)).toBe(true);
    // Read back from a Buffer that is not 4-byte aligned (the reader must copy, not misread).
    const shifted = Buffer.alloc(built.length + 1);
    built.copy(shifted, 1);
    const fromFile = counterFromTable('o200k_base', tableFromBytes(shifted.subarray(1)));
    for (const s of ['hello world', '{"type":"object","properties":{"a":{"type":"string"}}}', "héllo 日本語 🎉 it's", 'x'.repeat(700)]) {
      expect(fromFile.count(s), s).toBe(
        referenceCount(s.length > 512 ? s.slice(0, 512) : s) + (s.length > 512 ? referenceCount(s.slice(512)) : 0),
      );
    }
    expect(() => tableFromBytes(Buffer.from('not a table at all'))).toThrow(/bad magic/);
    expect(() => tableFromBytes(built.subarray(0, built.length - 1))).toThrow(/header says/);
  });
});
