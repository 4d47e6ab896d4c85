// Property test of the keyword table: whenever a sampled value proves a break between two schemas using not, contains, conditionals, dependencies, propertyNames, patternProperties or oneOf, the walker says so (or hands the pair on).
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, test } from 'vitest';
import type { Json, JsonObject } from '../../../src/findings/json.js';
import { compareSchemas, type SchemaDirection } from '../../../src/diff/schema/index.js';

/** Object-level keyword choices (each may be absent), drawn small so that random pairs are often near-equal. */
const CHOICES: Record<string, Json[]> = {
  not: [
    { required: ['a'] },
    { required: ['a', 'b'] },
    { properties: { a: { const: 1 } }, required: ['a'] },
    { properties: { a: { enum: [1, 2] } }, required: ['a'] },
  ],
  if: [{ required: ['a'] }, { properties: { a: { const: 1 } }, required: ['a'] }],
  then: [{ required: ['b'] }, { required: ['b', 'c'] }, { properties: { b: { type: 'string' } } }],
  dependentRequired: [{ a: ['b'] }, { a: ['b', 'c'] }, { b: ['c'] }],
  propertyNames: [{ maxLength: 1 }, { maxLength: 5 }, { enum: ['a', 'b', 'c'] }],
  patternProperties: [{ '^a': { type: 'integer' } }, { '^a': { type: 'number' } }, { '^x': { type: 'string' } }],
  oneOf: [
    [{ required: ['a'] }, { required: ['b'] }],
    [
      { properties: { a: { const: 1 } }, required: ['a'] },
      { properties: { a: { const: 2 } }, required: ['a'] },
    ],
    [
      { properties: { a: { enum: [1, 2] } }, required: ['a'] },
      { properties: { a: { const: 2 } }, required: ['a'] },
    ],
  ],
};
const LIST = { type: 'array', items: { type: 'integer' } };
const CONTAINS: Json[] = [{ const: 1 }, { enum: [1, 2] }, { minimum: 2 }];

const schemaArb: fc.Arbitrary<JsonObject> = fc
  .record({
    picks: fc.record(
      Object.fromEntries(Object.entries(CHOICES).map(([k, vs]) => [k, fc.option(fc.constantFrom(...vs), { nil: undefined })])),
    ),
    contains: fc.option(fc.constantFrom(...CONTAINS), { nil: undefined }),
    minContains: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
  })
  .map(({ picks, contains, minContains }) => {
    const s: JsonObject = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        a: { type: 'integer' },
        b: {},
        c: {},
        l: {
          ...LIST,
          ...(contains !== undefined ? { contains } : {}),
          ...(contains !== undefined && minContains !== undefined ? { minContains } : {}),
        },
      },
    };
    for (const [k, v] of Object.entries(picks)) if (v !== undefined) s[k] = v as Json;
    return s;
  });

/** The after schema re-draws some of the before schema's keywords. */
const pairArb = fc.tuple(schemaArb, schemaArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 })).map(([x, y, pick]) => {
  const after: JsonObject = { ...x };
  [...Object.keys(CHOICES), 'properties'].forEach((k, i) => {
    if (!pick[i]) return;
    if (y[k] === undefined) delete after[k];
    else after[k] = y[k]!;
  });
  return [x, after] as const;
});

const VALUES: Json[] = [0, 1, 2, 'x', null, [], [1], [2], [1, 2], [3, 3], [1, 1]];
function samples(): Json[] {
  const out: Json[] = [{}];
  let x = 5;
  const next = (): number => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < 300; i++) {
    const o: JsonObject = {};
    for (const n of ['a', 'b', 'c', 'l', 'xy', 'abcdef']) if (next() % 2 === 0) o[n] = VALUES[next() % VALUES.length]!;
    out.push(o);
  }
  return out;
}
const SAMPLES = samples();
const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });

function witness(before: JsonObject, after: JsonObject, dir: SchemaDirection): Json | undefined {
  const strip = ({ $schema: _s, ...rest }: JsonObject) => rest;
  const vb = ajv.compile(strip(before)),
    va = ajv.compile(strip(after));
  return SAMPLES.find((v) => (dir === 'input' ? vb(v) && !va(v) : !vb(v) && va(v)));
}

describe('keyword soundness against a real validator', () => {
  for (const dir of ['input', 'output'] as const) {
    test(`${dir}: a sampled break is always reported as breaking or warning, or left undecided`, () => {
      fc.assert(
        fc.property(pairArb, ([before, after]) => {
          const w = witness(before, after, dir);
          if (w === undefined) return true;
          const r = compareSchemas(before, after, dir);
          const flagged = r.undecided || r.changes.some((c) => c.severity === 'breaking' || c.severity === 'warning');
          if (!flagged)
            throw new Error(
              `missed: ${JSON.stringify(w)} separates\n${JSON.stringify(before)}\n${JSON.stringify(after)}\nfindings: ${JSON.stringify(r.changes.map((c) => [c.rule, c.severity, c.path]))}`,
            );
          return true;
        }),
        { numRuns: Number(process.env.SOUNDNESS_RUNS ?? 300), seed: 20261207 },
      );
    });
  }
});
