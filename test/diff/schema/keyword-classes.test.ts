// The keyword classes of issue 13, each judged by instances: the finding the whole engine gives (walker, oracle, witness pass), and its witness checked by a fresh ajv in the schema's dialect.
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogJson } from '../../../src/catalog/snapshot-file.js';
import { diffCatalogs } from '../../../src/diff/index.js';
import { SchemaOracle } from '../../../src/diff/schema/index.js';
import type { Json } from '../../../src/findings/json.js';
import { showsBreak } from '../witness-check.js';

const oracle = new SchemaOracle();
afterAll(() => oracle.close());
const NOW = new Date('2026-11-21T12:00:00Z');
const O = { type: 'object' } as const;
const S2020 = 'https://json-schema.org/draft/2020-12/schema';
const tool = (inputSchema: Json) => parseCatalogJson({ tools: [{ name: 't', inputSchema }] }, 'case').catalog;

/** [name, base, head, expected [rule, severity, path] of every input finding, whether it carries a witness] */
const CASES: Array<[string, Json, Json, Array<[string, string, string]>, boolean]> = [
  [
    'then narrowed under an unchanged if',
    { ...O, if: { required: ['a'] }, then: { required: ['b'] } },
    { ...O, if: { required: ['a'] }, then: { required: ['b', 'c'] } },
    [['input-property-became-required', 'breaking', '/inputSchema/then/properties/c']],
    true,
  ],
  [
    'else removed under an unchanged if',
    { ...O, if: { required: ['a'] }, else: { required: ['b'] } },
    { ...O, if: { required: ['a'] } },
    [['input-keyword-widened', 'safe', '/inputSchema/if']],
    false,
  ],
  [
    'dependentSchemas added (no $schema: read as 2020-12)',
    { ...O, properties: { a: {} } },
    { ...O, properties: { a: {} }, dependentSchemas: { a: { required: ['b'] } } },
    [['input-keyword-narrowed', 'breaking', '/inputSchema/dependentSchemas/a']],
    true,
  ],
  [
    'unevaluatedProperties: false added',
    { $schema: S2020, ...O, properties: { a: {} } },
    { $schema: S2020, ...O, properties: { a: {} }, unevaluatedProperties: false },
    [['input-keyword-narrowed', 'breaking', '/inputSchema/unevaluatedProperties']],
    true,
  ],
  [
    'unevaluatedItems: false added',
    { ...O, properties: { l: { type: 'array', prefixItems: [{}] } } },
    { ...O, properties: { l: { type: 'array', prefixItems: [{}], unevaluatedItems: false } } },
    [['input-keyword-narrowed', 'breaking', '/inputSchema/properties/l/unevaluatedItems']],
    true,
  ],
  [
    'contentMediaType added (an annotation: no validator asserts it)',
    { ...O, properties: { a: { type: 'string' } } },
    { ...O, properties: { a: { type: 'string', contentMediaType: 'application/json' } } },
    [],
    false,
  ],
  [
    'draft-04 boolean exclusiveMaximum added',
    { $schema: 'http://json-schema.org/draft-04/schema#', ...O, properties: { a: { type: 'number', maximum: 5 } } },
    { $schema: 'http://json-schema.org/draft-04/schema#', ...O, properties: { a: { type: 'number', maximum: 5, exclusiveMaximum: true } } },
    [['input-constraint-tightened', 'breaking', '/inputSchema/properties/a/exclusiveMaximum']],
    true,
  ],
  [
    '$ref into $defs',
    { ...O, properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } },
    { ...O, properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string', maxLength: 3 } } },
    [['input-constraint-tightened', 'breaking', '/inputSchema/properties/a/maxLength']],
    true,
  ],
  [
    '$ref into definitions',
    { ...O, properties: { a: { $ref: '#/definitions/A' } }, definitions: { A: { type: 'string' } } },
    { ...O, properties: { a: { $ref: '#/definitions/A' } }, definitions: { A: { type: 'string', maxLength: 3 } } },
    [['input-constraint-tightened', 'breaking', '/inputSchema/properties/a/maxLength']],
    true,
  ],
  [
    'recursive $ref',
    {
      ...O,
      properties: { n: { $ref: '#/$defs/N' } },
      $defs: { N: { type: 'object', properties: { v: { type: 'string' }, next: { $ref: '#/$defs/N' } } } },
    },
    {
      ...O,
      properties: { n: { $ref: '#/$defs/N' } },
      $defs: { N: { type: 'object', properties: { v: { type: 'string', maxLength: 2 }, next: { $ref: '#/$defs/N' } } } },
    },
    [['input-constraint-tightened', 'breaking', '/inputSchema/properties/n/properties/v/maxLength']],
    true,
  ],
];

describe('keyword classes, judged by instances', () => {
  it.each(CASES)('%s', async (_name, before, after, expected, witnessed) => {
    const findings = (await diffCatalogs(tool(before), tool(after), { oracle, now: NOW })).filter((f) => f.rule.startsWith('input-'));
    expect(findings.map((f) => [f.rule, f.severity, f.path])).toEqual(expected);
    for (const f of findings) {
      if (f.severity !== 'breaking') continue;
      expect(f.extra?.witness, String(f.extra?.witnessNote)).toBeDefined();
      expect(showsBreak('input', before, after, f.extra!.witness!)).toBe(true);
    }
    expect(findings.some((f) => f.extra?.witness !== undefined)).toBe(witnessed);
  });

  it('names the keyword and why when it is really undecidable: a changed `if`, and a dynamic scope that changed under the same $dynamicRef', async () => {
    const changedIf = await diffCatalogs(
      tool({ ...O, if: { properties: { a: { const: 1 } }, required: ['a'] }, then: { required: ['b'] } }),
      tool({ ...O, if: { properties: { a: { type: 'number' } }, required: ['a'] }, then: { required: ['b'] } }),
      { oracle, now: NOW },
    );
    expect(changedIf.map((f) => [f.rule, f.severity])).toEqual([['input-schema-inconclusive', 'warning']]);
    expect(String(changedIf[0]!.extra?.reason)).toMatch(/`if` changed .* moves values between the `then` and the `else` branch/);
    const anchored = (maxLength?: number): Json => ({
      $schema: S2020,
      ...O,
      properties: { a: { $dynamicRef: '#node' } },
      $defs: { N: { $dynamicAnchor: 'node', type: 'string', ...(maxLength ? { maxLength } : {}) } },
    });
    const dynamic = await diffCatalogs(tool(anchored()), tool(anchored(2)), { oracle, now: NOW });
    expect(dynamic.map((f) => [f.rule, f.severity])).toEqual([['input-schema-inconclusive', 'warning']]);
    expect(String(dynamic[0]!.extra?.reason)).toMatch(/`\$dynamicAnchor`.*changed.*dynamic scope at validation time/);
    // The same dynamic scope on both sides is no change at all.
    expect(await diffCatalogs(tool(anchored(2)), tool(anchored(2)), { oracle, now: NOW })).toEqual([]);
  });
});
