// Direction properties of the schema walker: a strict narrowing is breaking for input one way and never the other; output sees it the other way round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../../src/findings/json.js';
import { compareSchemas } from '../../src/diff/schema/index.js';
import { anySchemaArb } from './arbitraries.js';

/**
 * A leaf schema and a strict narrowing of it by exactly one monotone edit on one keyword family, so that the
 * set of values `narrow` accepts is a proper subset of what `wide` accepts:
 * - enum: drop at least one value, keep at least one;
 * - type list: drop one type that no remaining type covers (dropping integer beside number removes nothing);
 * - integer bounds: raise minimum / lower maximum by at least 1, or add one where there was none;
 * - string length: raise minLength / lower maxLength by at least 1, or add one.
 * Why the property holds: for a pure subset change, old callers can send a value the new schema rejects
 * (input narrowing: breaking), while the reverse edit only adds accepted values (input widening: never breaking).
 * For output the roles swap: a reader of `narrow` can meet values of `wide`.
 */
type Pair = { wide: JsonObject; narrow: JsonObject; family: string };

const enumPair: fc.Arbitrary<Pair> = fc
  .uniqueArray(fc.oneof(fc.constantFrom('a', 'b', 'c', 'dd'), fc.integer({ min: -2, max: 2 }), fc.constant(null)), {
    minLength: 2,
    maxLength: 5,
    selector: (v) => JSON.stringify(v),
  })
  .chain((values) =>
    fc
      .subarray(values, { minLength: 1, maxLength: values.length - 1 })
      .map((kept) => ({ wide: { enum: values }, narrow: { enum: kept }, family: 'enum' })),
  );

const SIMPLE_TYPES = ['string', 'number', 'integer', 'boolean', 'null'] as const;
const typePair: fc.Arbitrary<Pair> = fc
  .uniqueArray(fc.constantFrom(...SIMPLE_TYPES), { minLength: 2, maxLength: 4 })
  .chain((types) => fc.constantFrom(...types).map((drop) => ({ types, drop })))
  .filter(({ types, drop }) => !(drop === 'integer' && types.includes('number')))
  .map(({ types, drop }) => {
    const kept = types.filter((t) => t !== drop);
    return { wide: { type: types }, narrow: { type: kept.length === 1 ? kept[0]! : kept }, family: 'type' };
  });

const boundPair: fc.Arbitrary<Pair> = fc
  .record({
    min: fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 20, max: 40 }), { nil: undefined }),
    which: fc.constantFrom('minimum', 'maximum'),
    step: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ min, max, which, step }) => {
    const wide: JsonObject = { type: 'integer' };
    if (min !== undefined) wide.minimum = min;
    if (max !== undefined) wide.maximum = max;
    const narrow: JsonObject = { ...wide };
    if (which === 'minimum') narrow.minimum = (min ?? -100) + step;
    else narrow.maximum = (max ?? 100) - step;
    return { wide, narrow, family: 'bounds' };
  });

const lengthPair: fc.Arbitrary<Pair> = fc
  .record({
    min: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 8, max: 20 }), { nil: undefined }),
    which: fc.constantFrom('minLength', 'maxLength'),
    step: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ min, max, which, step }) => {
    const wide: JsonObject = { type: 'string' };
    if (min !== undefined) wide.minLength = min;
    if (max !== undefined) wide.maxLength = max;
    const narrow: JsonObject = { ...wide };
    if (which === 'minLength') narrow.minLength = (min ?? 0) + step;
    else narrow.maxLength = (max ?? 30) - step;
    return { wide, narrow, family: 'length' };
  });

const pairArb = fc.oneof(enumPair, typePair, boundPair, lengthPair);

/** The leaf as a property of an object schema (as in a tool), optionally required, with bystander properties that stay the same. */
const inObject = (leaf: JsonObject, required: boolean, others: Record<string, Json>): JsonObject => ({
  type: 'object',
  properties: { ...others, target: leaf },
  ...(required ? { required: ['target'] } : {}),
});

/** Wraps a leaf in nested objects and arrays (the same wrapping on both sides), so the change sits deep in the schema. */
const wrap = (leaf: JsonObject, layers: ('object' | 'array')[]): JsonObject =>
  layers.reduceRight<JsonObject>(
    (inner, layer): JsonObject =>
      layer === 'array' ? { type: 'array', items: inner } : { type: 'object', properties: { inner }, required: ['inner'] },
    leaf,
  );

const breaking = (schemaA: Json, schemaB: Json, dir: 'input' | 'output') =>
  compareSchemas(schemaA, schemaB, dir).changes.filter((c) => c.severity === 'breaking');

describe('a strict narrowing is breaking for input in one direction only, and output mirrors input', () => {
  it('enum, type list, integer bounds and string length, at any depth: wide→narrow breaks input; narrow→wide does not', () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.boolean(),
        fc.dictionary(fc.constantFrom('p', 'q'), anySchemaArb, { maxKeys: 2 }),
        fc.array(fc.constantFrom('object' as const, 'array' as const), { maxLength: 3 }),
        ({ wide, narrow, family }, required, others, layers) => {
          const w = inObject(wrap(wide, layers), required, others),
            n = inObject(wrap(narrow, layers), required, others);
          const narrowing = breaking(w, n, 'input');
          expect(narrowing.length, `${family}: ${JSON.stringify({ wide, narrow })}`).toBeGreaterThan(0);
          expect(
            narrowing.every((c) => c.path.startsWith('/properties/target')),
            JSON.stringify(narrowing),
          ).toBe(true);
          expect(breaking(n, w, 'input'), `${family} widened: ${JSON.stringify({ narrow, wide })}`).toEqual([]);
          // Output: a reader of `narrow` may meet values of `wide` (breaking, or a warning for a new enum value or a
          // loosened constraint, per the rule catalog); a narrower output is never breaking.
          expect(
            compareSchemas(n, w, 'output').changes.filter((c) => c.severity === 'breaking' || c.severity === 'warning').length,
            `${family} output widened`,
          ).toBeGreaterThan(0);
          expect(breaking(w, n, 'output'), `${family} output narrowed`).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('compareSchemas(a, a) reports nothing, in either direction', () => {
    fc.assert(
      fc.property(anySchemaArb, (a) => {
        expect(compareSchemas(a, structuredClone(a), 'input').changes).toEqual([]);
        expect(compareSchemas(a, structuredClone(a), 'output').changes).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
