// The structural judge gives ajv's verdict on every instance of every schema it accepts to judge, over thousands of generated (schema, instance) pairs; outside its subset it declines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateGenerator } from '../../../src/diff/schema/witness-candidates.js';
import { structuralJudge } from '../../../src/diff/schema/witness-judge.js';
import { ajvCopy, compileSchema } from '../../../src/diff/schema/witness-validator.js';
import type { Json, JsonObject } from '../../../src/findings/json.js';
import { anySchemaArb, inputSchemaArb } from '../../property/arbitraries.js';
import { validUnder } from '../witness-check.js';

const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('x', 'xy', '', 'a😀', '😀😀😀', null, true, false, 0, -0, 1, 2, 1.5, -3, 50, 6.000001),
  fc.integer({ min: -10, max: 60 }),
);
/** Schemas built from every keyword the judge reads, with values it must decline now and then (a string bound, an array `items`). */
const judgedArb: fc.Arbitrary<Json> = fc.letrec<{ s: Json }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean(),
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'array', 'object'),
          fc.uniqueArray(fc.constantFrom('string', 'integer', 'null', 'object'), { minLength: 1, maxLength: 3 }),
        ),
        enum: fc.array(valueArb, { minLength: 1, maxLength: 4 }),
        const: valueArb,
        minimum: fc.integer({ min: -3, max: 3 }),
        exclusiveMaximum: fc.double({ min: 1, max: 50, noNaN: true }),
        minLength: fc.nat(3),
        maxLength: fc.oneof(fc.nat(4), fc.constant('3' as Json)),
        // Patterns ajv reads in unicode mode ('^.$' takes one emoji), ones the guard refuses, and ones RegExp cannot read.
        pattern: fc.constantFrom<Json>('^a', 'y$', '^[a-z]*$', '^.$', '^.{2}$', '😀', '(a+)+$', '[', '\\-', 3),
        minItems: fc.nat(2),
        maxProperties: fc.nat(2),
        uniqueItems: fc.boolean(),
        items: fc.oneof(tie('s'), fc.array(tie('s'), { maxLength: 2 })),
        required: fc.uniqueArray(fc.constantFrom('a', 'b', 'toString'), { maxLength: 2 }),
        properties: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('s'), { maxKeys: 3 }),
        additionalProperties: tie('s'),
        anyOf: fc.array(tie('s'), { minLength: 1, maxLength: 3 }),
        oneOf: fc.array(tie('s'), { minLength: 1, maxLength: 3 }),
        allOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        not: tie('s'),
        description: fc.constant('d'),
      },
      { requiredKeys: [] },
    ),
  ),
})).s;

/** The instances the witness search would try on a schema, and arbitrary small values. */
function instancesOf(schema: Json, seed: number): Json[] {
  const searched = new CandidateGenerator(schema).rootObjects(40);
  const free = fc.sample(
    fc.oneof(valueArb, fc.array(valueArb, { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', 'zz'), valueArb, { maxKeys: 3 })),
    { seed, numRuns: 20 },
  );
  return [...searched, ...free];
}

describe('structural judge', () => {
  it('agrees with ajv on every instance, over generated schemas (and judges most of them)', () => {
    let judged = 0,
      pairs = 0,
      schemas = 0;
    fc.assert(
      fc.property(fc.oneof(judgedArb, inputSchemaArb, anySchemaArb), fc.integer(), (schema, seed) => {
        schemas++;
        const judge = structuralJudge(ajvCopy(schema));
        if (!judge) return;
        judged++;
        for (const x of instancesOf(schema, seed)) {
          pairs++;
          expect(judge(x), `${JSON.stringify(schema)} on ${JSON.stringify(x)}`).toBe(validUnder(schema, x));
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect(judged / schemas).toBeGreaterThan(0.5);
    expect(pairs).toBeGreaterThan(5_000);
  });

  it('declines what only ajv may judge', () => {
    const declined: JsonObject[] = [
      { type: 'string', pattern: '(a+)+$' },
      { type: 'string', pattern: '[' },
      { type: 'string', pattern: '\\-' },
      { pattern: 3 },
      { type: 'array', items: [{ type: 'string' }] },
      { type: 'number', multipleOf: 0.1 },
      { required: ['toString'] },
      { properties: { constructor: { type: 'string' } } },
      { type: 'string', maxLength: '3' },
      { $ref: '#/$defs/A', type: 'object', $defs: { A: { type: 'object' } } },
      { $defs: { A: { properties: { next: { $ref: '#/$defs/A' } } } }, $ref: '#/$defs/A' },
      { $ref: 'https://example.com/s.json' },
      { $defs: { A: { type: 'string', pattern: '(a+)+$' } }, type: 'object' },
      { if: { type: 'string' }, then: { minLength: 1 } },
      { type: 'string', nullable: true },
      { properties: { a: { $schema: 'http://json-schema.org/draft-07/schema#' } } },
    ];
    for (const s of declined) expect(structuralJudge(ajvCopy(s)), JSON.stringify(s)).toBeUndefined();
  });

  it('judges draft-04 exclusive bounds, $ref into $defs and definitions, code-point lengths and unicode patterns as ajv does', () => {
    const cases: Array<[Json, Json, boolean]> = [
      [{ $schema: 'http://json-schema.org/draft-04/schema#', type: 'number', minimum: 0, exclusiveMinimum: true }, 0, false],
      [{ $schema: 'http://json-schema.org/draft-04/schema#', type: 'number', minimum: 0, exclusiveMinimum: true }, 0.1, true],
      [{ properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'integer' } } }, { a: 1.5 }, false],
      [{ properties: { a: { $ref: '#/definitions/A' } }, definitions: { A: { type: 'integer' } } }, { a: 2 }, true],
      [{ type: 'string', maxLength: 1 }, '😀', true],
      [{ type: 'string', minLength: 2 }, '😀', false],
      [{ type: 'string', pattern: '^.$' }, '😀', true],
      [{ pattern: '^a' }, 'ba', false],
      [{ pattern: '^a' }, 5, true],
    ];
    for (const [schema, x, valid] of cases) {
      expect(validUnder(schema, x), `ajv: ${JSON.stringify(schema)} on ${JSON.stringify(x)}`).toBe(valid);
      const judge = structuralJudge(ajvCopy(schema));
      expect(judge, JSON.stringify(schema)).toBeDefined();
      expect(judge!(x)).toBe(valid);
      // The witness search's validator is the judge here, and gives the same verdict.
      const compiled = compileSchema(schema);
      expect('validate' in compiled && compiled.validate(x)).toBe(valid);
    }
  });
});
