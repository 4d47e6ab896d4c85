// The keyword table, equivalent forms and oneOf exclusivity, each verdict checked by instances with a real validator (ajv, in the schema's dialect).
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { Json, JsonObject } from '../../../src/findings/json.js';
import { compareSchemas, type SchemaDirection } from '../../../src/diff/schema/index.js';
import { KEYWORDS } from '../../../src/diff/schema/keywords.js';

const D07 = 'http://json-schema.org/draft-07/schema#';
const D19 = 'https://json-schema.org/draft/2019-09/schema';
const D20 = 'https://json-schema.org/draft/2020-12/schema';
const options = { strict: false, validateFormats: false, allowUnionTypes: true } as const;
const validators = { draft: new Ajv(options), 2019: new Ajv2019(options), 2020: new Ajv2020(options) };

/** A validator in the schema's own dialect ($schema; draft-07 by default, as MCP schemas mostly are). */
function accepts(schema: Json): (v: Json) => boolean {
  const dialect = typeof (schema as JsonObject).$schema === 'string' ? ((schema as JsonObject).$schema as string) : D07;
  const ajv = dialect.includes('2020-12') ? validators[2020] : dialect.includes('2019-09') ? validators[2019] : validators.draft;
  const { $schema: _s, ...rest } = schema as JsonObject;
  const fn = ajv.compile(rest);
  return (v) => fn(v) === true;
}

const POOL: Json[] = [
  null,
  true,
  false,
  0,
  1,
  -1,
  2.5,
  5,
  10,
  11,
  '',
  'a',
  'x',
  'y',
  'abc',
  'abcd',
  'admin',
  'primary',
  'card',
  'bank',
  'm',
  'km',
  [],
  ['a'],
  ['primary'],
  [1, 2],
  {},
];

/** Sampled instances: the pool, and objects over the given names with pool values (deterministic). */
function samples(names: string[]): Json[] {
  const out: Json[] = [...POOL];
  let x = 11;
  const next = (): number => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < 300; i++) {
    const o: JsonObject = {};
    for (const n of [...names, 'extra']) if (next() % 3 !== 0) o[n] = POOL[next() % POOL.length]!;
    out.push(o);
  }
  return out;
}

const brief = (base: Json, head: Json, dir: SchemaDirection = 'input') =>
  compareSchemas(base, head, dir).changes.map((c) => [c.rule, c.severity, c.path]);

/** The finding for an input narrowing is backed by an instance the base accepts and the head rejects (an output widening: the reverse). */
function provesBreak(base: Json, head: Json, instance: Json, dir: SchemaDirection): void {
  const [b, h] = [accepts(base), accepts(head)];
  if (dir === 'input') expect([b(instance), h(instance)], `${JSON.stringify(instance)}: base accepts, head rejects`).toEqual([true, false]);
  else expect([b(instance), h(instance)], `${JSON.stringify(instance)}: head allows, base did not`).toEqual([false, true]);
}

/** No sampled instance tells the two schemas apart. */
function sameOnSamples(base: Json, head: Json, names: string[]): void {
  const [b, h] = [accepts(base), accepts(head)];
  const differing = samples(names).filter((v) => b(v) !== h(v));
  expect(differing, 'instances the two schemas disagree on').toEqual([]);
}

/** Every sampled instance the base accepts, the head accepts too (a widening, or no change). */
function headAcceptsAllBaseDoes(base: Json, head: Json, names: string[]): void {
  const [b, h] = [accepts(base), accepts(head)];
  expect(samples(names).filter((v) => b(v) && !h(v))).toEqual([]);
}

const obj = (properties: JsonObject, extra: JsonObject = {}): JsonObject => ({ type: 'object', properties, ...extra });
const NAMES = ['a', 'b', 'mode', 'name', 'tags', 'kind'];

describe('the keyword table', () => {
  test('covers every assertion and applicator keyword of drafts 04–2020-12, and nullable', () => {
    const all = [
      'type',
      'enum',
      'const',
      'multipleOf',
      'maximum',
      'exclusiveMaximum',
      'minimum',
      'exclusiveMinimum',
      'maxLength',
      'minLength',
      'pattern',
      'format',
      'items',
      'additionalItems',
      'prefixItems',
      'maxItems',
      'minItems',
      'uniqueItems',
      'contains',
      'minContains',
      'maxContains',
      'unevaluatedItems',
      'maxProperties',
      'minProperties',
      'required',
      'properties',
      'patternProperties',
      'additionalProperties',
      'dependencies',
      'dependentRequired',
      'dependentSchemas',
      'propertyNames',
      'unevaluatedProperties',
      'allOf',
      'anyOf',
      'oneOf',
      'not',
      'if',
      'then',
      'else',
      '$ref',
      '$recursiveRef',
      '$dynamicRef',
      'nullable',
    ];
    expect(all.filter((k) => KEYWORDS[k] === undefined)).toEqual([]);
    expect(
      Object.entries(KEYWORDS)
        .filter(([, s]) => s.compare === 'annotation' && s.polarity !== 'none')
        .map(([k]) => k),
    ).toEqual([]);
  });
});

describe('an assertion keyword added to an input narrows it; removed, it widens', () => {
  // [what, base, head, an instance the base accepts and the head rejects, the path of the finding]
  const cases: Array<[string, JsonObject, JsonObject, Json, string]> = [
    [
      'not',
      obj({ name: { type: 'string' } }),
      obj({ name: { type: 'string', not: { const: 'admin' } } }),
      { name: 'admin' },
      '/properties/name/not',
    ],
    [
      'if/then',
      obj({ mode: { type: 'string' }, a: { type: 'string' } }),
      obj(
        { mode: { type: 'string' }, a: { type: 'string' } },
        { if: { properties: { mode: { const: 'x' } }, required: ['mode'] }, then: { required: ['a'] } },
      ),
      { mode: 'x' },
      '/if',
    ],
    [
      'dependentRequired',
      { $schema: D20, ...obj({ a: { type: 'string' }, b: { type: 'string' } }) },
      { $schema: D20, ...obj({ a: { type: 'string' }, b: { type: 'string' } }, { dependentRequired: { a: ['b'] } }) },
      { a: 'x' },
      '/dependentRequired/a',
    ],
    [
      'draft-07 dependencies (names)',
      obj({ a: { type: 'string' } }),
      obj({ a: { type: 'string' } }, { dependencies: { a: ['b'] } }),
      { a: 'x' },
      '/dependentRequired/a',
    ],
    [
      'dependentSchemas',
      { $schema: D19, ...obj({ a: { type: 'string' } }) },
      { $schema: D19, ...obj({ a: { type: 'string' } }, { dependentSchemas: { a: { required: ['b'] } } }) },
      { a: 'x' },
      '/dependentSchemas/a',
    ],
    ['propertyNames', obj({}), obj({}, { propertyNames: { maxLength: 3 } }), { abcd: 1 }, '/propertyNames'],
    [
      'contains',
      obj({ tags: { type: 'array' } }),
      obj({ tags: { type: 'array', contains: { const: 'primary' } } }),
      { tags: [] },
      '/properties/tags/contains',
    ],
    ['patternProperties', obj({}), obj({}, { patternProperties: { '^x': { type: 'string' } } }), { xa: 1 }, '/patternProperties/^x'],
    [
      'an allOf member that cannot be merged',
      obj({ name: { allOf: [{ type: 'string', pattern: '^a' }, { pattern: 'c$' }] } }),
      obj({ name: { allOf: [{ type: 'string', pattern: '^a' }, { pattern: 'c$' }, { pattern: 'b' }] } }),
      { name: 'ac' },
      '/properties/name/allOf/2',
    ],
    [
      'anyOf beside other keywords',
      obj({ a: { type: 'string' }, b: { type: 'string' } }),
      obj({ a: { type: 'string' }, b: { type: 'string' } }, { anyOf: [{ required: ['a'] }, { required: ['b'] }] }),
      {},
      '/anyOf',
    ],
  ];
  test.each(cases)('%s', (_what, base, head, instance, path) => {
    expect(brief(base, head)).toEqual([['input-keyword-narrowed', 'breaking', path]]);
    expect(compareSchemas(base, head, 'input').undecided).toBe(false);
    provesBreak(base, head, instance, 'input');
    // The same edit in an output only narrows it; the reverse widens an input (safe) and an output (breaking).
    expect(brief(base, head, 'output')).toEqual([['output-keyword-narrowed', 'safe', path]]);
    expect(brief(head, base)).toEqual([['input-keyword-widened', 'safe', path]]);
    headAcceptsAllBaseDoes(head, base, NAMES);
    expect(brief(head, base, 'output')).toEqual([['output-keyword-widened', 'breaking', path]]);
    provesBreak(head, base, instance, 'output');
  });

  test('the message says what was added and what it does to callers', () => {
    const [c] = compareSchemas(
      obj({ a: { type: 'string' } }),
      obj({ a: { type: 'string' } }, { dependentRequired: { a: ['b'] } }),
      'input',
    ).changes;
    expect(c!.message).toBe(
      'in the arguments, `dependentRequired` now also requires "b" whenever "a" is present; the schema now accepts the same or fewer values: callers sending values it excludes are now rejected',
    );
  });

  test('then/else without if, and contains with minContains 0, add nothing', () => {
    expect(brief(obj({}), obj({}, { then: { required: ['a'] } }))).toEqual([]);
    sameOnSamples(obj({}), obj({}, { then: { required: ['a'] } }), NAMES);
    const tags = (extra: JsonObject) => ({ $schema: D20, ...obj({ tags: { type: 'array', ...extra } }) });
    expect(brief(tags({}), tags({ contains: { const: 'primary' }, minContains: 0 }))).toEqual([]);
    sameOnSamples(tags({}), tags({ contains: { const: 'primary' }, minContains: 0 }), NAMES);
  });
});

describe('subschemas: not flips the direction, the others keep it', () => {
  test('a wider subschema under not narrows the input (breaking), a narrower one widens it', () => {
    const base = obj({ name: { type: 'string', not: { const: 'admin' } } });
    const head = obj({ name: { type: 'string', not: { enum: ['admin', 'root'] } } });
    expect(brief(base, head)).toEqual([['input-keyword-narrowed', 'breaking', '/properties/name/not']]);
    provesBreak(base, head, { name: 'root' }, 'input');
    expect(brief(head, base)).toEqual([['input-keyword-widened', 'safe', '/properties/name/not']]);
    headAcceptsAllBaseDoes(head, base, NAMES);
    expect(brief(head, base, 'output')).toEqual([['output-keyword-widened', 'breaking', '/properties/name/not']]);
    provesBreak(head, base, { name: 'root' }, 'output');
    expect(compareSchemas(base, head, 'input').changes[0]!.message).toBe(
      'parameter "name": the subschema under `not` now matches more values (enum value added at /properties/name/not/enum), so it excludes more; the schema now accepts the same or fewer values: callers sending values it excludes are now rejected',
    );
  });

  test('a type dropped under not widens the input', () => {
    const base = obj({ v: { not: { type: ['string', 'null'] } } });
    const head = obj({ v: { not: { type: 'string' } } });
    expect(brief(base, head)).toEqual([['input-keyword-widened', 'safe', '/properties/v/not']]);
    expect(brief(base, head, 'output')).toEqual([['output-keyword-widened', 'breaking', '/properties/v/not']]);
    provesBreak(base, head, { v: null }, 'output');
  });

  test('contains, then (same if), patternProperties, propertyNames and dependentSchemas keep the direction', () => {
    const cases: Array<[JsonObject, JsonObject, Json, string]> = [
      [
        obj({ tags: { type: 'array', contains: { enum: ['a', 'primary'] } } }),
        obj({ tags: { type: 'array', contains: { const: 'primary' } } }),
        { tags: ['a'] },
        'input-enum-value-removed',
      ],
      [
        obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['b'] } }),
        obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['b', 'mode'] } }),
        { a: 'x', b: 'y' },
        'input-property-became-required',
      ],
      [
        obj({}, { patternProperties: { '^x': { type: 'string' } } }),
        obj({}, { patternProperties: { '^x': { type: 'string', maxLength: 1 } } }),
        { xa: 'abc' },
        'input-constraint-tightened',
      ],
      [
        obj({}, { propertyNames: { maxLength: 4 } }),
        obj({}, { propertyNames: { maxLength: 3 } }),
        { abcd: 1 },
        'input-constraint-tightened',
      ],
      [
        { $schema: D20, ...obj({}, { dependentSchemas: { a: { required: ['b'] } } }) },
        { $schema: D20, ...obj({}, { dependentSchemas: { a: { required: ['b', 'kind'] } } }) },
        { a: 1, b: 1 },
        'input-property-became-required',
      ],
    ];
    for (const [base, head, instance, rule] of cases) {
      const r = compareSchemas(base, head, 'input');
      expect(r.undecided, JSON.stringify(head)).toBe(false);
      expect(
        r.changes.map((c) => c.rule),
        JSON.stringify(head),
      ).toEqual([rule]);
      provesBreak(base, head, instance, 'input');
      expect(
        compareSchemas(head, base, 'input').changes.filter((c) => c.severity === 'breaking'),
        JSON.stringify(head),
      ).toEqual([]);
      headAcceptsAllBaseDoes(head, base, [...NAMES, 'xa', 'abcd']);
    }
  });

  test('minContains raised narrows, maxContains lowered narrows', () => {
    const tags = (extra: JsonObject): JsonObject => ({
      $schema: D20,
      ...obj({ tags: { type: 'array', contains: { const: 'primary' }, ...extra } }),
    });
    expect(brief(tags({}), tags({ minContains: 2 }))).toEqual([['input-keyword-narrowed', 'breaking', '/properties/tags/minContains']]);
    provesBreak(tags({}), tags({ minContains: 2 }), { tags: ['primary'] }, 'input');
    expect(brief(tags({ maxContains: 3 }), tags({ maxContains: 1 }))).toEqual([
      ['input-keyword-narrowed', 'breaking', '/properties/tags/maxContains'],
    ]);
    provesBreak(tags({ maxContains: 3 }), tags({ maxContains: 1 }), { tags: ['primary', 'primary'] }, 'input');
  });

  test('a changed if is the one undecidable case, and the reason says which keyword and why', () => {
    const s = (c: string): JsonObject =>
      obj(
        { mode: { type: 'string' }, a: { type: 'string' } },
        { if: { properties: { mode: { const: c } }, required: ['mode'] }, then: { required: ['a'] } },
      );
    const r = compareSchemas(s('x'), s('y'), 'input');
    expect(r.changes).toEqual([]);
    expect(r.reasons).toEqual([
      'in the arguments, `if` changed from {"properties":{"mode":{"const":"x"}},"required":["mode"]} to {"properties":{"mode":{"const":"y"}},"required":["mode"]}; that moves values between the `then` and the `else` branch, so whether the schema now accepts more or fewer depends on values matching one branch and not the other, which the walker cannot enumerate',
    ]);
    // Indeed both ways: {mode: x} was rejected and is accepted, {mode: y} the reverse.
    provesBreak(s('x'), s('y'), { mode: 'y' }, 'input');
    provesBreak(s('y'), s('x'), { mode: 'x' }, 'input');
  });

  test('a pattern added beside additionalProperties is undecided (it accepts some names and constrains others)', () => {
    const base = obj({}, { additionalProperties: { type: 'integer' } });
    const head = obj({}, { additionalProperties: { type: 'integer' }, patternProperties: { '^x': { type: 'string' } } });
    const r = compareSchemas(base, head, 'input');
    expect(r.changes).toEqual([]);
    expect(r.reasons).toEqual([expect.stringContaining('pattern "^x" was added to `patternProperties` beside `additionalProperties`')]);
    provesBreak(base, head, { xa: 1 }, 'input');
    provesBreak(head, base, { xa: 'a' }, 'input');
  });
});

describe('oneOf exclusivity', () => {
  const pay = (kinds: Json[]): JsonObject =>
    obj(
      {
        method: {
          oneOf: [
            { type: 'object', properties: { kind: { enum: kinds }, number: { type: 'string' } }, required: ['kind'] },
            { type: 'object', properties: { kind: { const: 'bank' }, iban: { type: 'string' } }, required: ['kind'] },
          ],
        },
      },
      { required: ['method'] },
    );

  test('a widened branch that now overlaps another is breaking, with the instance that matches two branches', () => {
    const [base, head] = [pay(['card']), pay(['card', 'bank'])];
    const r = compareSchemas(base, head, 'input');
    expect(r.changes.map((c) => [c.rule, c.severity, c.path])).toEqual([
      ['input-one-of-overlap', 'breaking', '/properties/method/oneOf'],
      ['input-enum-value-added', 'safe', '/properties/method/oneOf/0/properties/kind/enum'],
    ]);
    const overlap = r.changes[0]!;
    expect(overlap.extra).toEqual({ instance: { kind: 'bank' }, branches: [0, 1] });
    expect(overlap.message).toBe(
      'parameter "method": {"kind":"bank"} was accepted before and now matches oneOf branches 0 and 1; oneOf rejects a value that matches more than one branch, so callers sending it are now rejected',
    );
    provesBreak(base, head, { method: overlap.extra!.instance! }, 'input');
    // As an output it only removes results: the overlap is safe there (the widened enum is reported as usual).
    expect(brief(base, head, 'output')).toEqual([
      ['output-keyword-narrowed', 'safe', '/properties/method/oneOf'],
      ['output-enum-value-added', 'warning', '/properties/method/oneOf/0/properties/kind/enum'],
    ]);
  });

  test('branches that stay disjoint (discriminator, types, a required name the other forbids) are no overlap', () => {
    expect(brief(pay(['card']), pay(['card', 'wallet']))).toEqual([
      ['input-enum-value-added', 'safe', '/properties/method/oneOf/0/properties/kind/enum'],
    ]);
    headAcceptsAllBaseDoes(pay(['card']), pay(['card', 'wallet']), NAMES);
    const types = (kw: string): JsonObject => obj({ v: { [kw]: [{ type: 'string' }, { type: 'integer' }] } });
    expect(compareSchemas(types('anyOf'), types('oneOf'), 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
    sameOnSamples(types('anyOf'), types('oneOf'), ['v']);
    const closed = (kw: string): JsonObject =>
      obj({
        v: {
          [kw]: [
            { type: 'object', properties: { a: {} }, required: ['a'], additionalProperties: false },
            { type: 'object', properties: { b: {} }, required: ['b'], additionalProperties: false },
          ],
        },
      });
    expect(compareSchemas(closed('anyOf'), closed('oneOf'), 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
    sameOnSamples(closed('anyOf'), closed('oneOf'), ['v']);
  });

  test('a backtracking pattern in a branch cannot stall the search (candidate strings stay short)', () => {
    const u = (kw: string): JsonObject =>
      obj({
        s: {
          [kw]: [
            { type: 'string', pattern: '^(a+)+b$', minLength: 30, maxLength: 60 },
            { type: 'string', maxLength: 60 },
          ],
        },
      });
    const start = Date.now();
    const r = compareSchemas(u('anyOf'), u('oneOf'), 'input');
    expect(Date.now() - start).toBeLessThan(2000);
    // No short string matches the pattern branch, and the branches are not provably disjoint: left to the oracle.
    expect(r).toMatchObject({
      changes: [],
      undecided: true,
      reasons: [expect.stringContaining('`anyOf` became `oneOf`, and branches 0 and 1 may now overlap')],
    });
  });

  test('oneOf → anyOf accepts what matched two branches: safe for input, breaking for output, with the instance', () => {
    const u = (kw: string): JsonObject =>
      obj({
        n: {
          [kw]: [
            { type: 'number', minimum: 0 },
            { type: 'number', maximum: 10 },
          ],
        },
      });
    const r = compareSchemas(u('oneOf'), u('anyOf'), 'output');
    expect(r.changes.map((c) => [c.rule, c.severity, c.path])).toEqual([['output-keyword-widened', 'breaking', '/properties/n/anyOf']]);
    provesBreak(u('oneOf'), u('anyOf'), { n: r.changes[0]!.extra!.instance! }, 'output');
    expect(brief(u('oneOf'), u('anyOf'))).toEqual([['input-keyword-widened', 'safe', '/properties/n/anyOf']]);
    headAcceptsAllBaseDoes(u('oneOf'), u('anyOf'), ['n']);
  });
});

describe('equivalent forms and dialect spellings report nothing', () => {
  const cases: Array<[string, JsonObject, JsonObject, string[]]> = [
    [
      'draft-07 dependencies ⇔ dependentRequired + dependentSchemas',
      { $schema: D07, ...obj({ a: {}, b: {}, kind: {} }, { dependencies: { a: ['b'], kind: { required: ['mode'] } } }) },
      {
        $schema: D20,
        ...obj({ a: {}, b: {}, kind: {} }, { dependentRequired: { a: ['b'] }, dependentSchemas: { kind: { required: ['mode'] } } }),
      },
      NAMES,
    ],
    [
      'definitions ⇔ $defs',
      { $schema: D07, ...obj({ a: { $ref: '#/definitions/A' } }, { definitions: { A: { type: 'string', minLength: 1 } } }) },
      { $schema: D20, ...obj({ a: { $ref: '#/$defs/A' } }, { $defs: { A: { type: 'string', minLength: 1 } } }) },
      NAMES,
    ],
    [
      'items + additionalItems ⇔ prefixItems + items',
      { $schema: D07, ...obj({ tags: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false } }) },
      { $schema: D20, ...obj({ tags: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } }) },
      NAMES,
    ],
    [
      '$schema changed, same meaning',
      { $schema: D07, ...obj({ a: { type: 'string' } }) },
      { $schema: D20, ...obj({ a: { type: 'string' } }) },
      NAMES,
    ],
    ['enum ⇔ anyOf of consts', obj({ a: { enum: ['x', 'y'] } }), obj({ a: { anyOf: [{ const: 'y' }, { const: 'x' }] } }), NAMES],
    [
      'enum ⇔ oneOf of titled consts',
      obj({ a: { type: 'string', enum: ['x', 'y'] } }),
      obj({
        a: {
          oneOf: [
            { const: 'x', title: 'X' },
            { const: 'y', title: 'Y' },
          ],
        },
      }),
      NAMES,
    ],
    ['const ⇔ one-value enum', obj({ a: { const: 'x' } }), obj({ a: { enum: ['x'] } }), NAMES],
    [
      'type array ⇔ anyOf of types',
      obj({ a: { type: ['string', 'integer'] } }),
      obj({ a: { anyOf: [{ type: 'integer' }, { type: 'string' }] } }),
      NAMES,
    ],
    ['nullable ⇔ type with null', obj({ a: { type: 'string', nullable: true } }), obj({ a: { type: ['string', 'null'] } }), NAMES],
    [
      'reordered anyOf branches',
      obj({ a: { anyOf: [{ type: 'object', properties: { kind: { const: 'card' } }, required: ['kind'] }, { type: 'string' }] } }),
      obj({ a: { anyOf: [{ type: 'string' }, { type: 'object', properties: { kind: { const: 'card' } }, required: ['kind'] }] } }),
      NAMES,
    ],
    [
      'const branches merged into one enum branch',
      obj({ a: { anyOf: [{ const: 'x' }, { const: 'y' }, { type: 'integer' }] } }),
      obj({ a: { anyOf: [{ type: 'integer' }, { enum: ['y', 'x'] }] } }),
      NAMES,
    ],
  ];
  test.each(cases)('%s', (_what, base, head, names) => {
    expect(compareSchemas(base, head, 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
    expect(compareSchemas(base, head, 'output')).toEqual({ changes: [], undecided: false, reasons: [] });
    sameOnSamples(base, head, names);
  });

  test('draft-04 boolean exclusiveMinimum ⇔ numeric (ajv 8 has no draft-04: the pair is checked by its meaning, x > 0)', () => {
    expect(
      compareSchemas(
        obj({ n: { type: 'number', minimum: 0, exclusiveMinimum: true } }),
        obj({ n: { type: 'number', exclusiveMinimum: 0 } }),
        'input',
      ),
    ).toEqual({ changes: [], undecided: false, reasons: [] });
  });

  test('a oneOf of consts that lists a value twice keeps its form (oneOf rejects that value)', () => {
    const base = obj({ a: { enum: ['x', 'y'] } });
    const head = obj({ a: { oneOf: [{ enum: ['x', 'y'] }, { const: 'y' }] } });
    expect(compareSchemas(base, head, 'input').changes.some((c) => c.severity === 'breaking')).toBe(true);
    provesBreak(base, head, { a: 'y' }, 'input');
  });
});

describe('OpenAPI nullable', () => {
  const s = (nullable: boolean): JsonObject => obj({ cursor: { type: 'string', ...(nullable ? { nullable: true } : {}) } });
  test('removing nullable: true narrows an input; adding it widens an output', () => {
    expect(brief(s(true), s(false))).toEqual([['input-type-narrowed', 'breaking', '/properties/cursor/type']]);
    provesBreak(s(true), s(false), { cursor: null }, 'input');
    expect(brief(s(false), s(true), 'output')).toEqual([['output-type-widened', 'breaking', '/properties/cursor/type']]);
    provesBreak(s(false), s(true), { cursor: null }, 'output');
    expect(brief(s(false), s(true))).toEqual([['input-type-widened', 'safe', '/properties/cursor/type']]);
  });
});
