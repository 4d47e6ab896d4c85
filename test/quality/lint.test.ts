// Lint internals: near-identical descriptions (prefix filtering = brute force), schema validity per dialect, renames, overrides-free defaults, scale.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { ToolDef } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { getRule } from '../../src/rules/registry.js';
import { LINT_RULES, lintCatalogs } from '../../src/quality/lint.js';
import { nearIdenticalPairs, shingles } from '../../src/quality/near-duplicates.js';
import { dialectOf, loadSchemaChecker } from '../../src/quality/schema-validity.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const snap = (tools: ToolDef[]) =>
  toSnapshot({ server: { name: 'demo', version: '1.0.0' }, capabilities: {}, tools, prompts: [], resources: [], resourceTemplates: [] });

/** Seeded PRNG (mulberry32) so the random catalogs are the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForce(tools: ToolDef[], threshold = 0.9): string[] {
  const out: string[] = [];
  for (let i = 0; i < tools.length; i++) {
    for (let j = i + 1; j < tools.length; j++) {
      const a = shingles(String(tools[i]!.description)),
        b = shingles(String(tools[j]!.description));
      if (!a.size || !b.size) continue;
      let inter = 0;
      for (const s of a) if (b.has(s)) inter++;
      if (inter / (a.size + b.size - inter) >= threshold) out.push([tools[i]!.name, tools[j]!.name].sort().join(' '));
    }
  }
  return out.sort();
}

describe('near-identical descriptions', () => {
  const tempDir = useTempDirs('mcpc-quality-');

  it('finds exactly the pairs a brute-force comparison finds (random catalogs with planted near-copies)', () => {
    const words = [
      'read',
      'write',
      'file',
      'user',
      'list',
      'the',
      'a',
      'of',
      'returns',
      'records',
      'account',
      'page',
      'token',
      'by',
      'id',
      'all',
    ];
    for (let seed = 1; seed <= 25; seed++) {
      const next = rng(seed);
      const pick = () => words[Math.floor(next() * words.length)]!;
      const tools: ToolDef[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const n = 3 + Math.floor(next() * 40);
        const base =
          next() < 0.3 && tools.length
            ? String(tools[Math.floor(next() * tools.length)]!.description).split(' ')
            : Array.from({ length: n }, pick);
        // Mutate a copy a little (or not at all): these are the pairs that should be found.
        const mutated = base.map((w) => (next() < 0.03 ? pick() : w));
        mutated.push(pick());
        // Distinct word-triple sets only: identical ones are grouped by design (next test).
        const key = [...shingles(mutated.join(' '))].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        tools.push({ name: `t${i}`, description: mutated.join(' '), inputSchema: { type: 'object' } });
      }
      expect(tools.length).toBeGreaterThan(50);
      const found = nearIdenticalPairs(tools)
        .map((p) => `${p.a} ${p.b}`)
        .sort();
      expect(found, `seed ${seed}`).toEqual(bruteForce(tools));
    }
  });

  it('identical descriptions across many tools give n − 1 pairs, not n²/2', () => {
    const tools = Array.from({ length: 2_000 }, (_, i) => ({
      name: `tool_${i}`,
      description: 'Does the thing with the data.',
      inputSchema: { type: 'object' },
    }));
    const pairs = nearIdenticalPairs(tools);
    expect(pairs).toHaveLength(1_999);
    expect(pairs.every((p) => p.similarity === 1)).toBe(true);
  });

  it('finds the same pairs with a vocabulary too large for numeric shingle keys (over 131,072 distinct words)', () => {
    const filler = Array.from({ length: 40 }, (_, t) => ({
      name: `filler_${t}`,
      description: Array.from({ length: 3_500 }, (_, w) => `w${t}x${w}`).join(' '),
    }));
    const text = 'Reads the invoice records of one customer account and returns them as JSON lines for export.';
    const tools = [
      ...filler,
      { name: 'a', description: text },
      { name: 'b', description: text.replace('JSON lines', 'JSON lines') + ' Paginates.' },
      { name: 'c', description: text },
    ];
    // The reference: Jaccard of the word-triple strings (14 triples, one more in b).
    expect(nearIdenticalPairs(tools).map((p) => `${p.a} ${p.b} ${p.similarity}`)).toEqual(['a b 0.933', 'a c 1']); // c is a's copy: reported once, against the group's first tool
    expect(shingles(text).size).toBe(14);
  });

  it('a generated 10,000-tool catalog is searched completely (bench generator, seed 42)', () => {
    const dir = tempDir();
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bench/generate.mjs'), '--tools', '10000', '--seed', '42', '--out', dir], {
      stdio: 'ignore',
    });
    const file = path.join(dir, 'base.json');
    const tools = parseCatalogJson(JSON.parse(readFileSync(file, 'utf8')), file).catalog.tools;
    expect(tools).toHaveLength(10_000);
    // Every pair found is a real one (verified independently), and the search ended.
    for (const p of nearIdenticalPairs(tools)) {
      const a = shingles(String(tools.find((t) => t.name === p.a)!.description)),
        b = shingles(String(tools.find((t) => t.name === p.b)!.description));
      let inter = 0;
      for (const s of a) if (b.has(s)) inter++;
      expect(inter / (a.size + b.size - inter)).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('schema validity', () => {
  it('picks the dialect from $schema (2020-12 by default), and does not judge dialects it does not know', async () => {
    expect(dialectOf({ type: 'object' })).toBe('2020-12');
    expect(dialectOf({ $schema: 'http://json-schema.org/draft-07/schema#' })).toBe('draft-07');
    expect(dialectOf({ $schema: 'https://json-schema.org/draft-07/schema' })).toBe('draft-07');
    expect(dialectOf({ $schema: 'https://json-schema.org/draft/2019-09/schema' })).toBe('2019-09');
    expect(dialectOf({ $schema: 'http://json-schema.org/draft-04/schema#' })).toBeNull();
    const checker = await loadSchemaChecker();
    // Valid in 2020-12 ($defs, prefixItems), and draft-07 (definitions, items array).
    expect(
      checker.problem({
        type: 'object',
        $defs: { a: { type: 'string' } },
        properties: { a: { $ref: '#/$defs/a' }, t: { type: 'array', prefixItems: [{ type: 'string' }] } },
      }),
    ).toBeUndefined();
    expect(
      checker.problem({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        definitions: { a: { type: 'string' } },
        properties: { a: { $ref: '#/definitions/a' } },
      }),
    ).toBeUndefined();
    // The same keyword means different things per dialect: a boolean exclusiveMinimum is draft-04 and invalid in both.
    expect(checker.problem({ type: 'object', properties: { n: { type: 'number', exclusiveMinimum: true } } })).toMatch(
      /exclusiveMinimum must be number/,
    );
    expect(
      checker.problem({
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        properties: { n: { exclusiveMinimum: true } },
      }),
    ).toBeUndefined();
    expect(checker.problem({ type: 'object', required: 'a' })).toMatch(/required must be array/);
    expect(checker.problem({ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } })).toMatch(/does not resolve/);
    expect(checker.problem({ type: 'object', properties: { a: { type: 'string', pattern: '(' } } })).toMatch(
      /not a valid regular expression/,
    );
    expect(checker.problem({ type: 'object', patternProperties: { '[': {} } })).toMatch(/not a valid regular expression/);
    // Data keywords are data: a "pattern" inside an enum value or a default is not a schema.
    expect(
      checker.problem({ type: 'object', properties: { a: { enum: [{ pattern: '(' }], default: { $ref: 'nowhere' } } } }),
    ).toBeUndefined();
    expect(checker.problem('not a schema')).toMatch(/not a schema object/);
  });
});

describe('lintCatalogs', () => {
  const documented = { type: 'object', properties: { id: { type: 'string', description: 'Article id.' } } };

  it('a renamed tool is compared with its old self: an old problem stays "already there"', async () => {
    const base = snap([{ name: 'get_item', description: 'Short.', inputSchema: documented }]);
    const head = snap([{ name: 'getItem', description: 'Short.', inputSchema: documented }]);
    const diff = await diffCatalogs(base, head, { oracle: false });
    expect(diff.map((f) => f.rule)).toEqual(['tool-renamed']);
    const lint = await lintCatalogs(base, head, { diffFindings: diff });
    expect(lint.new).toEqual([]);
    expect(lint.existing.map((f) => [f.rule, f.subject])).toEqual([['tool-description-too-short', 'getItem']]);
  });

  it('a description is measured in code points: 19 emoji are short (38 UTF-16 units), 20 are not, and the message says 19', async () => {
    const tools = [
      { name: 'nineteen', description: '🌦'.repeat(19), inputSchema: documented },
      { name: 'twenty', description: '🌦'.repeat(20), inputSchema: documented },
      { name: 'twenty_ascii', description: 'x'.repeat(20), inputSchema: documented },
      { name: 'nineteen_mixed', description: `${'🌦'.repeat(10)}${'x'.repeat(9)}`, inputSchema: documented },
    ];
    const lint = await lintCatalogs(snap([]), snap(tools));
    const short = lint.new.filter((f) => f.rule === 'tool-description-too-short');
    expect(short.map((f) => f.subject).sort()).toEqual(['nineteen', 'nineteen_mixed']);
    for (const f of short) expect(f.message).toContain('a description of 19 characters');
  });

  it('without the diff (no rename known) the same tool is new, so its problems are new', async () => {
    const lint = await lintCatalogs(
      snap([{ name: 'get_item', description: 'Short.', inputSchema: documented }]),
      snap([{ name: 'getItem', description: 'Short.', inputSchema: documented }]),
    );
    expect(lint.new.map((f) => f.rule)).toEqual(['tool-description-too-short']);
  });

  it('every lint rule defaults to warning or info, is on the tool subject and comes from src/quality/lint.ts', () => {
    for (const rule of Object.values(LINT_RULES)) {
      expect(['warning', 'info'], rule.id).toContain(rule.severity);
      expect(getRule(rule.id)).toEqual(rule);
      expect(rule.emittedBy).toBe('src/quality/lint.ts');
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  it('schema validity: checked only where a schema is new or changed; a problem the base version had is already there', async () => {
    const bad = { type: 'object', properties: { q: { type: 'strin', description: 'Query.' } } };
    const base = snap([{ name: 'find', description: 'Finds articles by a query string.', inputSchema: bad }]);
    const describedAgain = await lintCatalogs(
      base,
      snap([{ name: 'find', description: 'Finds articles matching a query string.', inputSchema: bad }]),
    );
    expect([...describedAgain.new, ...describedAgain.existing].map((f) => f.rule)).toEqual([]);
    const stillBad = await lintCatalogs(
      base,
      snap([{ name: 'find', description: 'Finds articles by a query string.', inputSchema: { ...bad, required: ['q'] } }]),
    );
    expect(stillBad.new).toEqual([]);
    expect(stillBad.existing.map((f) => [f.rule, f.path])).toEqual([['input-schema-invalid', '/inputSchema']]);
    const newlyBad = await lintCatalogs(
      snap([{ name: 'find', description: 'Finds articles by a query string.', inputSchema: { type: 'object' } }]),
      base,
    );
    expect(newlyBad.new.map((f) => f.rule)).toEqual(['input-schema-invalid']);
    expect(newlyBad.new[0]!.message).toMatch(
      /^Tool "find": the inputSchema is not valid JSON Schema: schema\/properties\/q\/type must be equal to one of the allowed values/,
    );
  });

  it('names outside the recommended alphabet say which characters are the problem', async () => {
    const lint = await lintCatalogs(
      snap([]),
      snap([{ name: 'files/read all', description: 'Reads every file of the project.', inputSchema: documented }]),
    );
    const finding = lint.new.find((f) => f.rule === 'tool-name-invalid')!;
    expect(finding.message).toContain('("/", " ")');
    expect(finding.path).toBe('/name');
  });
});
