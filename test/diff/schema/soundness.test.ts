// Property test: the walker never lets a real break pass as safe. Ajv decides on sampled values which schema accepts them.
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Json } from '../../../src/findings/json.js';
import { compareSchemas, type SchemaDirection } from '../../../src/diff/schema/index.js';
import { toDraft07 } from '../../../src/diff/schema/draft07.js';

/** Small pools, so that random pairs are often near-equal: the interesting case for a diff. */
const LEAVES: Json[] = [
  { type: 'string' },
  { type: 'string', maxLength: 3 },
  { type: 'string', minLength: 1 },
  { type: 'string', enum: ['a', 'abc'] },
  { type: 'string', enum: ['a', 'b', 'abc'] },
  { type: 'string', pattern: '^a' },
  { enum: ['a', 'b'] },
  { const: 'a' },
  { type: 'integer' },
  { type: 'integer', minimum: 0, maximum: 100 },
  { type: 'integer', exclusiveMinimum: 0 },
  { type: 'number' },
  { type: 'number', maximum: 100 },
  { type: 'number', multipleOf: 2 },
  { type: 'boolean' },
  { type: ['string', 'null'] },
  { anyOf: [{ type: 'string' }, { type: 'null' }] },
  { anyOf: [{ type: 'integer' }, { type: 'null' }] },
  { type: 'array', items: { type: 'string' } },
  { type: 'array', items: { type: 'string' }, maxItems: 1 },
  { type: 'array', items: { type: 'integer' }, uniqueItems: true },
  {},
  { type: 'object', properties: { q: { type: 'string' } } },
  { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] },
  { type: 'object', properties: { q: { type: 'string' } }, additionalProperties: false },
  { type: 'object', properties: { q: { type: 'integer' } } },
  { type: 'object', additionalProperties: { type: 'string' } },
  { type: 'object', minProperties: 1 },
  {
    oneOf: [
      { type: 'object', properties: { q: { const: 'a' } }, required: ['q'] },
      { type: 'object', properties: { q: { const: 1 } }, required: ['q'] },
    ],
  },
  {
    anyOf: [
      { type: 'object', properties: { q: { const: 'a' } }, required: ['q'] },
      { type: 'array', items: { type: 'integer' } },
    ],
  },
  { type: 'array', prefixItems: [{ type: 'integer' }], items: false },
  { type: 'array', items: [{ type: 'integer' }], additionalItems: false },
  { type: 'number', exclusiveMaximum: 100 },
  { type: ['integer', 'string'] },
  { not: { type: 'null' } },
];
const NAMES = ['p', 'r', 's'];
const VALUES: Json[] = [
  null,
  true,
  0,
  1,
  2,
  1.5,
  -1,
  100,
  101,
  '',
  'a',
  'b',
  'ab',
  'abc',
  'abcdef',
  [],
  ['a'],
  [1, 1],
  [1, 2],
  { q: 'a' },
  { q: 1 },
  {},
  { q: 'a', z: 1 },
];

const schemaArb: fc.Arbitrary<Json> = fc
  .record({
    props: fc.array(fc.option(fc.constantFrom(...LEAVES), { nil: undefined }), { minLength: NAMES.length, maxLength: NAMES.length }),
    required: fc.subarray(NAMES),
    closed: fc.boolean(),
  })
  .map(({ props, required, closed }) => {
    const properties: Record<string, Json> = {};
    props.forEach((p, i) => {
      if (p !== undefined) properties[NAMES[i]!] = p;
    });
    return { type: 'object', properties, required, ...(closed ? { additionalProperties: false } : {}) };
  });

/** A pair that differs in one or two places: the after schema re-draws some of the before schema's choices. */
const pairArb = fc.tuple(schemaArb, schemaArb, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([a, b, pick]) => {
  const A = a as Record<string, Json>,
    B = b as Record<string, Json>;
  const pa = A.properties as Record<string, Json>,
    pb = B.properties as Record<string, Json>;
  const properties: Record<string, Json> = {};
  NAMES.forEach((n, i) => {
    const v = pick[i] ? pb[n] : pa[n];
    if (v !== undefined) properties[n] = v;
  });
  const after: Json = {
    type: 'object',
    properties,
    required: pick[3] ? B.required! : A.required!,
    ...((pick[4] ? B : A).additionalProperties === false ? { additionalProperties: false } : {}),
  };
  return [a, after] as const;
});

/** Every object over the property names (and one undeclared key) with values from the pool, sampled. */
function samples(seed: number): Json[] {
  const out: Json[] = [{}];
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < 400; i++) {
    const o: Record<string, Json> = {};
    for (const n of [...NAMES, 'extra']) if (next() % 3 !== 0) o[n] = VALUES[next() % VALUES.length]!;
    out.push(o);
  }
  return out;
}

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });

/**
 * A value that proves the break: accepted before and rejected after (input), or the reverse (output). By policy
 * (RULES.md: property-added-optional and output-property-added are safe) a value that uses a property declared only
 * in the head is no proof: callers do not send, and readers ignore, keys the base did not declare.
 */
function witness(before: Json, after: Json, dir: SchemaDirection): Json | undefined {
  const vb = ajv.compile(before as object),
    va = ajv.compile(after as object);
  const declared = (s: Json) => new Set(Object.keys((s as { properties: object }).properties));
  const [db, da] = [declared(before), declared(after)];
  const usesNewKey = (v: Json) => Object.keys(v as object).some((k) => da.has(k) && !db.has(k));
  return samples(7).find((v) => !usesNewKey(v) && (dir === 'input' ? vb(v) && !va(v) : !vb(v) && va(v)));
}

describe('soundness against a real validator', () => {
  for (const dir of ['input', 'output'] as const) {
    test(`${dir}: whenever some value proves a break, the walker reports breaking or warning, or hands the pair to the oracle`, () => {
      fc.assert(
        fc.property(pairArb, ([before, after]) => {
          const w = witness(before, after, dir);
          if (w === undefined) return true;
          const r = compareSchemas(before, after, dir);
          const flagged = r.undecided || r.changes.some((c) => c.severity === 'breaking' || c.severity === 'warning');
          if (!flagged)
            throw new Error(
              `missed: ${JSON.stringify(w)} separates\n${JSON.stringify(before)}\n${JSON.stringify(after)}\nfindings: ${JSON.stringify(r.changes.map((c) => [c.rule, c.path]))}`,
            );
          return true;
        }),
        { numRuns: Number(process.env.SOUNDNESS_RUNS ?? 400), seed: Number(process.env.SOUNDNESS_SEED ?? 20261121) },
      );
    });
  }

  test('equal schemas never produce findings', () => {
    fc.assert(
      fc.property(schemaArb, (s) => {
        expect(compareSchemas(s, structuredClone(s), 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
      }),
      { numRuns: 100, seed: 1 },
    );
  });
});

describe('robustness', () => {
  // Catalog text is untrusted: a malformed schema must never crash the diff.
  const schemaish = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(
        fc.constantFrom(
          'type',
          'properties',
          'required',
          'items',
          'prefixItems',
          'anyOf',
          'oneOf',
          'allOf',
          'enum',
          'const',
          '$ref',
          '$defs',
          'additionalProperties',
          'minimum',
          'exclusiveMaximum',
          'not',
          'if',
          'default',
          'description',
          'pattern',
        ),
        fc.oneof(
          tie('node'),
          fc.constantFrom('#', '#/$defs/a', '#/properties', 'http://x/y.json', 'string', ['null', 'string'], 3, true, null),
        ),
        { maxKeys: 4 },
      ),
    ),
  }));
  test('arbitrary JSON as schemas never throws, in either direction or in the oracle normaliser', () => {
    fc.assert(
      fc.property(schemaish.node, schemaish.node, (a, b) => {
        for (const dir of ['input', 'output'] as const) compareSchemas(a as Json, b as Json, dir);
        toDraft07(a as Json);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
