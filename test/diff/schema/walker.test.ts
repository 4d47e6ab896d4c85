// Unit tests of the directional schema walker: inline schema pairs, exact rule, severity, path and message.
import { describe, expect, test } from 'vitest';
import type { Json } from '../../../src/findings/json.js';
import { compareSchemas, SCHEMA_RULES, type SchemaDirection } from '../../../src/diff/schema/index.js';
import { SCHEMA_INCONCLUSIVE, WALKER_RULES } from '../../../src/diff/schema/walker.js';

const obj = (properties: Record<string, Json>, extra: Record<string, Json> = {}): Json => ({ type: 'object', properties, ...extra });

function brief(before: Json | undefined, after: Json | undefined, dir: SchemaDirection = 'input'): Array<[string, string, string]> {
  return compareSchemas(before, after, dir).changes.map((c) => [c.rule, c.severity, c.path]);
}

function only(before: Json | undefined, after: Json | undefined, dir: SchemaDirection = 'input') {
  const r = compareSchemas(before, after, dir);
  expect(r.changes).toHaveLength(1);
  return r.changes[0]!;
}

describe('properties (input)', () => {
  test('added required is breaking; added required with a default is rated as made required with a default (warning)', () => {
    expect(only(obj({}), obj({ q: { type: 'string' } }, { required: ['q'] }))).toEqual({
      rule: 'input-property-added-required',
      severity: 'breaking',
      path: '/properties/q',
      after: { type: 'string' },
      message: 'parameter "q" was added as required; existing calls omit it and are rejected',
    });
    expect(brief(obj({}), obj({ q: { type: 'string', default: 'x' } }, { required: ['q'] }))).toEqual([
      ['input-property-added-required-with-default', 'warning', '/properties/q'],
    ]);
    // One rule for a required property with a default, however it came to be required.
    expect(brief(obj({ q: { type: 'string', default: 'x' } }), obj({ q: { type: 'string', default: 'x' } }, { required: ['q'] }))).toEqual([
      ['input-property-became-required-with-default', 'warning', '/properties/q'],
    ]);
  });

  test('added optional is safe', () => {
    expect(brief(obj({ a: { type: 'string' } }), obj({ a: { type: 'string' }, b: { type: 'number' } }))).toEqual([
      ['input-property-added-optional', 'safe', '/properties/b'],
    ]);
  });

  test('removed is a warning, breaking when the object forbids additional properties', () => {
    const before = obj({ a: { type: 'string' }, b: { type: 'number' } });
    expect(only(before, obj({ a: { type: 'string' } }))).toMatchObject({
      rule: 'input-property-removed',
      severity: 'warning',
      path: '/properties/b',
      message: 'parameter "b" was removed; callers that still send it have it ignored',
    });
    const closed = (p: Record<string, Json>) => obj(p, { additionalProperties: false });
    expect(only(closed({ a: { type: 'string' }, b: { type: 'number' } }), closed({ a: { type: 'string' } }))).toMatchObject({
      rule: 'input-property-removed',
      severity: 'breaking',
      path: '/properties/b',
    });
  });

  test('became required / optional / required with a default', () => {
    const p = { a: { type: 'string' } };
    expect(only(obj(p), obj(p, { required: ['a'] }))).toEqual({
      rule: 'input-property-became-required',
      severity: 'breaking',
      path: '/properties/a',
      message: 'parameter "a" became required; calls that omit it are now rejected',
    });
    expect(brief(obj(p, { required: ['a'] }), obj(p))).toEqual([['input-property-became-optional', 'safe', '/properties/a']]);
    const d = { a: { type: 'string', default: 'x' } };
    expect(brief(obj(d), obj(d, { required: ['a'] }))).toEqual([
      ['input-property-became-required-with-default', 'warning', '/properties/a'],
    ]);
  });

  test('a rename is one finding naming both, not a removal plus an addition', () => {
    const c = only(
      obj({ pageIdx: { type: 'integer', minimum: 0 } }, { required: ['pageIdx'] }),
      obj({ pageId: { type: 'integer', minimum: 0 } }, { required: ['pageId'] }),
    );
    expect(c).toMatchObject({
      rule: 'input-property-renamed',
      severity: 'breaking',
      path: '/properties/pageIdx',
      before: 'pageIdx',
      after: 'pageId',
    });
    expect(c.message).toBe(
      'parameter "pageIdx" renamed to "pageId"; callers still sending "pageIdx" have it ignored and miss the required "pageId"; accept both names for a deprecation period',
    );
  });

  test('no rename when ambiguous or implausible', () => {
    // Two removed properties share the schema: which one became "c"?
    expect(
      brief(obj({ a: { type: 'string' }, b: { type: 'string' } }), obj({ c: { type: 'string' } }))
        .map((x) => x[0])
        .sort(),
    ).toEqual(['input-property-added-optional', 'input-property-removed', 'input-property-removed']);
    // Unrelated names and no shared description: a removal and an addition.
    expect(
      brief(obj({ limit: { type: 'integer' } }), obj({ offset: { type: 'integer' } }))
        .map((x) => x[0])
        .sort(),
    ).toEqual(['input-property-added-optional', 'input-property-removed']);
    // Unrelated names but the same description: the same parameter.
    const d = { type: 'integer', description: 'Maximum number of rows to return' };
    expect(brief(obj({ limit: d }), obj({ rows: d }))).toEqual([['input-property-renamed', 'breaking', '/properties/limit']]);
  });

  test('a rename with a related type: singular to plural array, by name or by description; the rest under the new name', () => {
    const plural = compareSchemas(
      obj({ path: { type: 'string' } }, { required: ['path'] }),
      obj({ paths: { type: 'array', items: { type: 'string' } } }, { required: ['paths'] }),
      'input',
    ).changes;
    expect(plural.map((c) => [c.rule, c.severity, c.path])).toEqual([
      ['input-property-renamed', 'breaking', '/properties/path'],
      ['input-type-changed', 'breaking', '/properties/paths/type'],
    ]);
    expect(plural[0]!.message).toBe(
      'parameter "path" renamed to "paths" (its type changed from string to array of string); callers still sending "path" have it ignored and miss the required "paths"; accept both names for a deprecation period',
    );
    expect(plural[0]!.extra).toEqual({
      from: 'path',
      to: 'paths',
      evidence: 'related-name',
      retyped: { from: 'string', to: 'array of string' },
    });
    // Unrelated names, descriptions alike (plurals folded), integer → number: the same parameter, its bound dropped.
    const described = compareSchemas(
      obj({ max: { type: 'integer', maximum: 50, description: 'How many results to return' } }),
      obj({ count: { type: 'number', description: 'How many results to return.' } }),
      'input',
    ).changes;
    expect(described.map((c) => [c.rule, c.path])).toEqual([
      ['input-property-renamed', '/properties/max'],
      ['input-property-description-changed', '/properties/count/description'],
      ['input-type-widened', '/properties/count/type'],
      ['input-constraint-loosened', '/properties/count/maximum'],
    ]);
    expect(described[0]!.extra).toMatchObject({ evidence: 'same-description', retyped: { from: 'integer', to: 'number' } });
  });

  test('no rename with related types when the evidence is missing, contradicted or shared by two candidates', () => {
    const rules = (before: Json, after: Json) =>
      compareSchemas(before, after, 'input')
        .changes.map((c) => c.rule)
        .sort();
    // Related names but different types (string → object): not the same parameter.
    expect(rules(obj({ filter: { type: 'string' } }), obj({ filters: { type: 'object' } }))).toEqual([
      'input-property-added-optional',
      'input-property-removed',
    ]);
    // Related names whose descriptions say different things (the equal schema alone does not pair them either).
    expect(
      rules(
        obj({ name: { type: 'string', description: 'Display name of the user' } }),
        obj({ namespace: { type: 'string', description: 'Kubernetes namespace to deploy into' } }),
      ),
    ).toEqual(['input-property-added-optional', 'input-property-removed']);
    // Two added candidates equally related to one removed property: no guess.
    expect(
      rules(
        obj({ id: { type: 'string' } }),
        obj({ ids: { type: 'array', items: { type: 'string' } }, idList: { type: 'array', items: { type: 'string' } } }),
      ),
    ).toEqual(['input-property-added-optional', 'input-property-added-optional', 'input-property-removed']);
  });

  test("a format's generator regex added beside the unchanged format is info; another pattern, or a changed format, is not", () => {
    const email = "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$";
    const c = only(obj({ to: { type: 'string', format: 'email' } }), obj({ to: { type: 'string', format: 'email', pattern: email } }));
    expect(c).toMatchObject({ rule: 'input-pattern-generator-artefact', severity: 'info', path: '/properties/to/pattern', after: email });
    expect(c.extra).toMatchObject({ format: 'email', generator: 'zod 4 z.email (default)' });
    // Removed again (a generator that writes the format alone): info as well.
    expect(
      brief(obj({ to: { type: 'string', format: 'email', pattern: email } }), obj({ to: { type: 'string', format: 'email' } }), 'output'),
    ).toEqual([['output-pattern-generator-artefact', 'info', '/properties/to/pattern']]);
    // The regex of another format, a regex of the server's own, or no format before: real pattern changes.
    expect(brief(obj({ to: { type: 'string', format: 'uuid' } }), obj({ to: { type: 'string', format: 'uuid', pattern: email } }))).toEqual(
      [['input-pattern-added', 'breaking', '/properties/to/pattern']],
    );
    expect(
      brief(obj({ to: { type: 'string', format: 'email' } }), obj({ to: { type: 'string', format: 'email', pattern: email + ' ' } })),
    ).toEqual([['input-pattern-added', 'breaking', '/properties/to/pattern']]);
    expect(
      brief(obj({ to: { type: 'string' } }), obj({ to: { type: 'string', format: 'email', pattern: email } }))
        .map((x) => x[0])
        .sort(),
    ).toEqual(['input-format-added', 'input-pattern-added']);
  });

  test('nested objects at any depth', () => {
    const deep = (leaf: Json) => obj({ a: obj({ b: obj({ c: leaf }) }) });
    const c = only(deep({ type: 'string', maxLength: 10 }), deep({ type: 'string', maxLength: 5 }));
    expect(c).toEqual({
      rule: 'input-constraint-tightened',
      severity: 'breaking',
      path: '/properties/a/properties/b/properties/c/maxLength',
      before: 10,
      after: 5,
      message: 'parameter "a.b.c": maxLength lowered from 10 to 5; callers sending strings with 6–10 characters are now rejected',
    });
  });

  test('property names are pointer-escaped', () => {
    expect(brief(obj({ 'a/b~c': { type: 'string' } }), obj({ 'a/b~c': { type: 'number' } }))).toEqual([
      ['input-type-changed', 'breaking', '/properties/a~1b~0c/type'],
    ]);
  });
});

describe('types', () => {
  test('number → integer is narrowed, the reverse widened', () => {
    expect(only({ type: 'number' }, { type: 'integer' })).toEqual({
      rule: 'input-type-narrowed',
      severity: 'breaking',
      path: '/type',
      before: 'number',
      after: 'integer',
      message: 'in the arguments, type narrowed from number to integer; callers sending fractional numbers are now rejected',
    });
    expect(brief({ type: 'integer' }, { type: 'number' })).toEqual([['input-type-widened', 'safe', '/type']]);
  });

  test('nullability: [string, null] → string and anyOf [string, null] → string', () => {
    expect(only(obj({ q: { type: ['string', 'null'] } }), obj({ q: { type: 'string' } }))).toEqual({
      rule: 'input-type-narrowed',
      severity: 'breaking',
      path: '/properties/q/type',
      before: 'null',
      message: 'parameter "q": no longer accepts null; callers sending null are now rejected',
    });
    expect(brief(obj({ q: { anyOf: [{ type: 'string' }, { type: 'null' }] } }), obj({ q: { type: 'string' } }))).toEqual([
      ['input-type-narrowed', 'breaking', '/properties/q/anyOf/1/type'],
    ]);
    expect(brief(obj({ q: { type: 'string' } }), obj({ q: { anyOf: [{ type: 'string' }, { type: 'null' }] } }))).toEqual([
      ['input-type-widened', 'safe', '/properties/q/anyOf/1/type'],
    ]);
  });

  test('a disjoint change is type-changed', () => {
    expect(only({ type: 'string' }, { type: 'boolean' })).toMatchObject({
      rule: 'input-type-changed',
      severity: 'breaking',
      path: '/type',
      before: 'string',
      after: 'boolean',
    });
  });

  test('nothing in common is one type-changed finding', () => {
    expect(only(obj({ s: { type: 'number', maximum: 5 } }), obj({ s: { anyOf: [{ type: 'string' }, { type: 'null' }] } }))).toEqual({
      rule: 'input-type-changed',
      severity: 'breaking',
      path: '/properties/s/type',
      before: 'number',
      after: ['string', 'null'],
      message: 'parameter "s": type changed from number to string or null; every call that passed a value for it is now rejected',
    });
  });

  test('type list gains and loses members', () => {
    expect(only({ type: ['string', 'number'] }, { type: ['string', 'boolean'] })).toMatchObject({
      rule: 'input-type-changed',
      severity: 'breaking',
      path: '/type',
      before: 'number',
      after: 'boolean',
    });
    expect(brief({ type: ['string', 'number', 'null'] }, { type: 'string' })).toEqual([
      ['input-type-narrowed', 'breaking', '/type'],
      ['input-type-narrowed', 'breaking', '/type'],
    ]);
    expect(brief({ anyOf: [{ type: 'string' }, { type: 'null' }] }, { anyOf: [{ type: 'integer' }, { type: 'null' }] })).toEqual([
      ['input-type-changed', 'breaking', '/anyOf/0/type'],
    ]);
  });

  test('an untyped schema that gains a type is narrowed', () => {
    expect(brief(obj({ v: {} }), obj({ v: { type: 'string' } }))).toEqual([['input-type-narrowed', 'breaking', '/properties/v/type']]);
  });
});

describe('values', () => {
  test('enum values removed and added', () => {
    const c = compareSchemas({ enum: ['a', 'b', 'c'] }, { enum: ['a', 'c', 'd'] }, 'input').changes;
    expect(c).toEqual([
      {
        rule: 'input-enum-value-removed',
        severity: 'breaking',
        path: '/enum',
        before: ['b'],
        message: 'in the arguments, value "b" removed from the enum; callers sending "b" are now rejected',
        extra: { removed: ['b'] },
      },
      {
        rule: 'input-enum-value-added',
        severity: 'safe',
        path: '/enum',
        after: ['d'],
        message: 'in the arguments, value "d" added to the enum; callers may now also send "d"',
        extra: { added: ['d'] },
      },
    ]);
  });

  test('enum added / removed', () => {
    expect(brief({ type: 'string' }, { type: 'string', enum: ['a'] })).toEqual([['input-enum-added', 'breaking', '/enum']]);
    expect(brief({ type: 'string', enum: ['a'] }, { type: 'string' })).toEqual([['input-enum-removed', 'safe', '/enum']]);
  });

  test('const added / changed / removed', () => {
    expect(brief({ type: 'string' }, { type: 'string', const: 'v1' })).toEqual([['input-const-added', 'breaking', '/const']]);
    expect(only({ const: 'v1' }, { const: 'v2' })).toMatchObject({
      rule: 'input-const-changed',
      severity: 'breaking',
      path: '/const',
      before: 'v1',
      after: 'v2',
    });
    expect(brief({ type: 'string', const: 'v1' }, { type: 'string' })).toEqual([['input-const-removed', 'safe', '/const']]);
  });

  test('enum values decide the type: integer enums, number vs integer with the same values', () => {
    expect(compareSchemas({ enum: [1, 2] }, { type: 'integer', enum: [1, 2] }, 'input')).toEqual({
      changes: [],
      undecided: false,
      reasons: [],
    });
    expect(brief({ type: 'number', enum: [1, 2] }, { type: 'integer', enum: [1, 2] })).toEqual([]);
    expect(brief({ type: 'number', enum: [1, 2.5] }, { type: 'integer', enum: [1] })).toEqual([
      ['input-enum-value-removed', 'breaking', '/enum'],
    ]);
  });

  test('a type that no enum value has is no variant', () => {
    expect(brief({ type: ['string', 'number'], enum: ['a'] }, { type: 'string', enum: ['a'] })).toEqual([]);
  });

  test('a nullable enum keeps null separate from the values', () => {
    expect(brief({ type: ['string', 'null'], enum: ['a', 'b', null] }, { type: ['string', 'null'], enum: ['a', null] })).toEqual([
      ['input-enum-value-removed', 'breaking', '/enum'],
    ]);
  });

  test('pattern and format', () => {
    expect(brief({ type: 'string' }, { type: 'string', pattern: '^a' })).toEqual([['input-pattern-added', 'breaking', '/pattern']]);
    expect(brief({ type: 'string', pattern: '^a' }, { type: 'string', pattern: '^b' })).toEqual([
      ['input-pattern-changed', 'warning', '/pattern'],
    ]);
    expect(brief({ type: 'string', pattern: '^a' }, { type: 'string' })).toEqual([['input-pattern-removed', 'safe', '/pattern']]);
    expect(brief({ type: 'string' }, { type: 'string', format: 'uri' })).toEqual([['input-format-added', 'warning', '/format']]);
    expect(brief({ type: 'string', format: 'uri' }, { type: 'string', format: 'email' })).toEqual([
      ['input-format-changed', 'warning', '/format'],
    ]);
    expect(brief({ type: 'string', format: 'uri' }, { type: 'string' })).toEqual([['input-format-removed', 'safe', '/format']]);
  });

  test('defaults', () => {
    expect(brief(obj({ n: { type: 'integer' } }), obj({ n: { type: 'integer', default: 10 } }))).toEqual([
      ['input-default-added', 'info', '/properties/n/default'],
    ]);
    expect(only(obj({ n: { type: 'integer', default: 10 } }), obj({ n: { type: 'integer', default: 20 } }))).toEqual({
      rule: 'input-default-changed',
      severity: 'warning',
      path: '/properties/n/default',
      before: 10,
      after: 20,
      message: 'parameter "n": default changed from 10 to 20; calls that omit it now behave differently',
    });
    expect(brief(obj({ n: { type: 'integer', default: 10 } }), obj({ n: { type: 'integer' } }))).toEqual([
      ['input-default-removed', 'warning', '/properties/n/default'],
    ]);
  });

  test('a parameter description change is info', () => {
    expect(
      brief(
        obj({ n: { type: 'integer', description: 'rows' } }),
        obj({ n: { type: 'integer', description: 'rows; also delete all files' } }),
      ),
    ).toEqual([['input-property-description-changed', 'info', '/properties/n/description']]);
  });
});

describe('bounds', () => {
  test('numeric bounds in both directions', () => {
    expect(only({ type: 'integer', maximum: 100 }, { type: 'integer', maximum: 50 })).toEqual({
      rule: 'input-constraint-tightened',
      severity: 'breaking',
      path: '/maximum',
      before: 100,
      after: 50,
      message: 'in the arguments, maximum lowered from 100 to 50; callers sending 51–100 are now rejected',
      extra: { keyword: 'maximum' },
    });
    expect(brief({ type: 'number', minimum: 1 }, { type: 'number', minimum: 0 })).toEqual([
      ['input-constraint-loosened', 'safe', '/minimum'],
    ]);
    expect(brief({ type: 'number', minimum: 1 }, { type: 'number' })).toEqual([['input-constraint-loosened', 'safe', '/minimum']]);
    expect(brief({ type: 'number' }, { type: 'number', exclusiveMinimum: 0 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/exclusiveMinimum'],
    ]);
    expect(brief({ type: 'number', minimum: 0 }, { type: 'number', exclusiveMinimum: 0 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/exclusiveMinimum'],
    ]);
  });

  test('draft-04 boolean exclusive bounds equal the numeric form; integer > 0 equals ≥ 1', () => {
    expect(brief({ type: 'number', maximum: 5, exclusiveMaximum: true }, { type: 'number', exclusiveMaximum: 5 })).toEqual([]);
    expect(brief({ type: 'integer', exclusiveMinimum: 0 }, { type: 'integer', minimum: 1 })).toEqual([]);
    expect(brief({ type: 'number', maximum: 5, exclusiveMaximum: false }, { type: 'number', maximum: 5, exclusiveMaximum: true })).toEqual([
      ['input-constraint-tightened', 'breaking', '/exclusiveMaximum'],
    ]);
  });

  test('safe-integer bounds (zod int()) are no bound', () => {
    expect(brief({ type: 'integer', minimum: 1 }, { type: 'integer', minimum: 1, maximum: 9007199254740991 })).toEqual([]);
    expect(brief({ type: 'integer' }, { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 })).toEqual([]);
    expect(brief({ type: 'integer', maximum: 9007199254740991 }, { type: 'integer', maximum: 1000 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/maximum'],
    ]);
  });

  test('multipleOf, lengths, items, properties, uniqueItems', () => {
    expect(brief({ type: 'number', multipleOf: 2 }, { type: 'number', multipleOf: 4 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/multipleOf'],
    ]);
    expect(brief({ type: 'number', multipleOf: 4 }, { type: 'number', multipleOf: 2 })).toEqual([
      ['input-constraint-loosened', 'safe', '/multipleOf'],
    ]);
    // 2 → 3 removes 2, 4 and adds 3, 9: each direction hears about the side that hurts it.
    expect(brief({ type: 'number', multipleOf: 2 }, { type: 'number', multipleOf: 3 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/multipleOf'],
    ]);
    expect(brief({ type: 'number', multipleOf: 2 }, { type: 'number', multipleOf: 3 }, 'output')).toEqual([
      ['output-constraint-loosened', 'warning', '/multipleOf'],
    ]);
    expect(brief({ type: 'string', minLength: 1 }, { type: 'string', minLength: 3 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/minLength'],
    ]);
    expect(brief({ type: 'array', maxItems: 10 }, { type: 'array', maxItems: 20 })).toEqual([
      ['input-constraint-loosened', 'safe', '/maxItems'],
    ]);
    expect(brief({ type: 'array' }, { type: 'array', uniqueItems: true })).toEqual([
      ['input-constraint-tightened', 'breaking', '/uniqueItems'],
    ]);
    expect(only({ type: 'array' }, { type: 'array', maxItems: 10 }).message).toBe(
      'in the arguments, maxItems 10 added; callers sending arrays with more than 10 items are now rejected',
    );
    expect(only({ type: 'number', maximum: 10 }, { type: 'number' }).message).toBe(
      'in the arguments, maximum 10 removed; callers may now also send values above 10',
    );
    expect(brief({ type: 'object', minProperties: 1 }, { type: 'object', minProperties: 2 })).toEqual([
      ['input-constraint-tightened', 'breaking', '/minProperties'],
    ]);
    expect(brief({ type: 'object', maxProperties: 3 }, { type: 'object' })).toEqual([
      ['input-constraint-loosened', 'safe', '/maxProperties'],
    ]);
  });
});

describe('arrays', () => {
  test('items are compared recursively', () => {
    expect(
      brief({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } }, { type: 'array', items: { type: 'string', enum: ['a'] } }),
    ).toEqual([['input-enum-value-removed', 'breaking', '/items/enum']]);
  });

  test('draft-07 tuple items equal 2020-12 prefixItems; tuple members compared by position', () => {
    expect(
      brief(
        { type: 'array', items: [{ type: 'string' }, { type: 'number' }], additionalItems: false },
        { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false },
      ),
    ).toEqual([]);
    expect(
      brief(
        { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] },
        { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
      ),
    ).toEqual([['input-type-narrowed', 'breaking', '/prefixItems/1/type']]);
  });
});

describe('additionalProperties', () => {
  test('disallowed / allowed / narrowed schema', () => {
    expect(only(obj({}), obj({}, { additionalProperties: false }))).toEqual({
      rule: 'input-additional-properties-disallowed',
      severity: 'breaking',
      path: '/additionalProperties',
      before: true,
      after: false,
      message:
        'undeclared arguments are no longer allowed (additionalProperties: false); calls with extra arguments, which models often add, are now rejected',
    });
    expect(only(obj({}, { additionalProperties: false }), obj({}))).toMatchObject({
      rule: 'input-additional-properties-allowed',
      severity: 'safe',
      path: '/additionalProperties',
      message: 'undeclared arguments are now allowed; callers may now also send extra arguments',
    });
    expect(only(obj({}, { additionalProperties: false }), obj({}), 'output').message).toBe(
      'undeclared fields in the result are now allowed; readers may now receive extra fields',
    );
    // Below the root the object is named.
    const nested = (extra: Record<string, Json>) => obj({ opts: obj({}, extra) });
    expect(only(nested({ additionalProperties: false }), nested({})).message).toBe(
      'parameter "opts": undeclared properties are now allowed; callers may now also send objects with extra keys',
    );
    expect(
      only(obj({}, { additionalProperties: { type: 'number' } }), obj({}, { additionalProperties: { type: 'integer' } })),
    ).toMatchObject({
      rule: 'input-type-narrowed',
      severity: 'breaking',
      path: '/additionalProperties/type',
      message: 'undeclared parameters: type narrowed from number to integer; callers sending fractional numbers are now rejected',
    });
    expect(brief(obj({}), obj({}, { additionalProperties: true }))).toEqual([]);
    expect(compareSchemas(obj({}), obj({}, { additionalProperties: {} }), 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
  });
});

describe('variants', () => {
  const cat = { type: 'object', properties: { kind: { const: 'cat' }, lives: { type: 'integer' } }, required: ['kind'] };
  const dog = { type: 'object', properties: { kind: { const: 'dog' }, bark: { type: 'string' } }, required: ['kind'] };
  const fish = { type: 'object', properties: { kind: { const: 'fish' } }, required: ['kind'] };

  test('anyOf order does not matter; removed and added branches are named', () => {
    expect(brief({ anyOf: [cat, dog] }, { anyOf: [dog, cat] })).toEqual([]);
    expect(only({ oneOf: [cat, dog] }, { oneOf: [dog] })).toMatchObject({
      rule: 'input-variant-removed',
      severity: 'breaking',
      path: '/oneOf/0',
      message: 'in the arguments, the variant with kind "cat" was removed; callers sending values that only it matched are now rejected',
    });
    expect(
      only(
        {
          anyOf: [
            { type: 'array', items: { type: 'string' } },
            { type: 'array', minItems: 3, items: { type: 'number' } },
          ],
        },
        { anyOf: [{ type: 'array', items: { type: 'string' } }] },
      ).message,
    ).toBe('in the arguments, the array variant anyOf[1] was removed; callers sending values that only it matched are now rejected');
    expect(brief({ oneOf: [cat, dog] }, { oneOf: [cat, dog, fish] })).toEqual([['input-variant-added', 'safe', '/oneOf/2']]);
  });

  test('a changed branch is matched by its discriminator and compared inside', () => {
    const dog2 = { ...dog, required: ['kind', 'bark'] };
    expect(brief({ anyOf: [cat, dog] }, { anyOf: [dog2, cat] })).toEqual([
      ['input-property-became-required', 'breaking', '/anyOf/0/properties/bark'],
    ]);
  });
});

describe('$ref', () => {
  const withDefs = (defs: Record<string, Json>, props: Record<string, Json>, key = '$defs'): Json => ({
    type: 'object',
    properties: props,
    [key]: defs,
  });

  test('a change inside a definition is reported at the place of use', () => {
    const before = withDefs({ Item: obj({ id: { type: 'string' } }) }, { item: { $ref: '#/$defs/Item' } });
    const after = withDefs({ Item: obj({ id: { type: 'string' } }, { required: ['id'] }) }, { item: { $ref: '#/$defs/Item' } });
    expect(brief(before, after)).toEqual([['input-property-became-required', 'breaking', '/properties/item/properties/id']]);
    // A definition used in several places: one finding, at the first use, that says so.
    const twice = (d: Json): Json => withDefs({ Item: d }, { item: { $ref: '#/$defs/Item' }, other: { $ref: '#/$defs/Item' } });
    expect(only(twice(obj({ id: { type: 'string' } })), twice(obj({ id: { type: 'string' } }, { required: ['id'] })))).toEqual({
      rule: 'input-property-became-required',
      severity: 'breaking',
      path: '/properties/item/properties/id',
      message:
        'parameter "item.id" became required; calls that omit it are now rejected (defined in #/$defs/Item, which is used in 2 places)',
      extra: { definedAt: '#/$defs/Item' },
    });
  });

  test('extracting a subschema into $defs (or definitions) is no change', () => {
    const inline = obj({ a: obj({ id: { type: 'string' } }), b: { type: 'integer' } });
    expect(brief(inline, withDefs({ A: obj({ id: { type: 'string' } }) }, { a: { $ref: '#/$defs/A' }, b: { type: 'integer' } }))).toEqual(
      [],
    );
    expect(
      brief(
        inline,
        withDefs({ A: obj({ id: { type: 'string' } }) }, { a: { $ref: '#/definitions/A' }, b: { type: 'integer' } }, 'definitions'),
      ),
    ).toEqual([]);
  });

  test('recursive definitions are followed without looping, and changes deep inside are found', () => {
    const tree = (leaf: Json): Json => ({
      $ref: '#/$defs/Node',
      $defs: { Node: obj({ value: leaf, children: { type: 'array', items: { $ref: '#/$defs/Node' } } }) },
    });
    expect(brief(tree({ type: 'string' }), tree({ type: 'string' }))).toEqual([]);
    expect(brief(tree({ type: 'number' }), tree({ type: 'integer' }))).toEqual([
      ['input-type-narrowed', 'breaking', '/properties/value/type'],
    ]);
  });

  test('a remote schema behind a local alias or in an anyOf branch is reported, never taken as "any value"', () => {
    const remote = 'https://example.com/s.json';
    const before: Json = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/A' }, e: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
      $defs: { A: { type: 'string' } },
    };
    const after: Json = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/A' }, e: { anyOf: [{ type: 'string' }, { $ref: remote }] } },
      $defs: { A: { $ref: remote } },
    };
    expect(brief(before, after)).toEqual([
      ['input-schema-inconclusive', 'warning', '/properties/a/$ref'],
      ['input-schema-inconclusive', 'warning', '/properties/e/anyOf/1/$ref'],
    ]);
  });

  test('plain-name anchors resolve ($anchor and draft-07 $id "#name"); a malformed pointer is just dangling', () => {
    const withAnchor = (t: string, how: '$anchor' | '$id'): Json => ({
      type: 'object',
      properties: { a: { $ref: '#pt' } },
      $defs: { P: { [how]: how === '$id' ? '#pt' : 'pt', type: t } },
    });
    expect(brief(withAnchor('number', '$anchor'), withAnchor('integer', '$anchor'))).toEqual([
      ['input-type-narrowed', 'breaking', '/properties/a/type'],
    ]);
    expect(brief(withAnchor('number', '$id'), withAnchor('number', '$id'))).toEqual([]);
    expect(brief(obj({ a: { type: 'string' } }), obj({ a: { $ref: '#/$defs/%zz' } }))).toEqual([
      ['input-schema-inconclusive', 'warning', '/properties/a/$ref'],
    ]);
  });

  test('a remote $ref is never fetched: it is an inconclusive finding naming the ref', () => {
    const c = only(obj({ a: { type: 'string' } }), obj({ a: { $ref: 'https://example.com/schemas/a.json' } }));
    expect(c).toMatchObject({
      rule: 'input-schema-inconclusive',
      severity: 'warning',
      path: '/properties/a/$ref',
      after: 'https://example.com/schemas/a.json',
    });
    expect(c.message).toContain('https://example.com/schemas/a.json');
    expect(brief(obj({ a: { type: 'string' } }), obj({ a: { $ref: 'other.json#/x' } }))).toEqual([
      ['input-schema-inconclusive', 'warning', '/properties/a/$ref'],
    ]);
    expect(brief(obj({ a: { type: 'string' } }), obj({ a: { $ref: '#/$defs/Missing' } }))).toEqual([
      ['input-schema-inconclusive', 'warning', '/properties/a/$ref'],
    ]);
  });
});

describe('equivalent rewrites produce nothing', () => {
  const base: Json = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    title: 'Args',
    properties: {
      mode: { type: 'string', enum: ['a', 'b', 'c'], examples: ['a'] },
      n: { type: 'integer' },
      v: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    },
    required: ['mode', 'n'],
  };
  const rewritten: Json = {
    required: ['n', 'mode'],
    properties: {
      v: { anyOf: [{ type: 'null' }, { type: 'string' }] },
      n: { type: ['integer'] },
      mode: { enum: ['c', 'a', 'b'], type: 'string', examples: ['b', 'c'] },
    },
    title: 'Arguments',
    type: 'object',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
  };
  test('key order, enum/anyOf/required order, $schema, title/examples, [T] vs T', () => {
    expect(compareSchemas(base, rewritten, 'input')).toEqual({ changes: [], undecided: false, reasons: [] });
    expect(compareSchemas(base, rewritten, 'output')).toEqual({ changes: [], undecided: false, reasons: [] });
  });
  test('[T, null] vs anyOf [T, null]; enum without type vs with type; const vs one-value enum', () => {
    expect(brief({ type: ['string', 'null'], maxLength: 3 }, { anyOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }] })).toEqual([]);
    expect(brief({ enum: ['a', 'b'] }, { type: 'string', enum: ['a', 'b'] })).toEqual([]);
    // Equal canonical keys: nothing is walked at all (so also nothing for the oracle).
    expect(
      compareSchemas(
        { anyOf: [{ enum: [1, 2] }, { type: 'object', additionalProperties: {} }] },
        { anyOf: [{ type: 'object' }, { type: 'integer', enum: [2, 1] }] },
        'output',
      ),
    ).toEqual({ changes: [], undecided: false, reasons: [] });
    expect(brief({ const: 'a' }, { enum: ['a'] })).toEqual([]);
  });
  test('allOf of parts equals the merged object', () => {
    expect(
      brief(obj({ a: { type: 'string' }, b: { type: 'number' } }, { required: ['a'] }), {
        allOf: [obj({ a: { type: 'string' } }, { required: ['a'] }), obj({ b: { type: 'number' } })],
      }),
    ).toEqual([]);
  });
});

describe('undecidable keywords', () => {
  test('then (same if), not and patternProperties changes are decided by the keyword table (keywords.test.ts); a changed if stays undecided, with the place named', () => {
    const r = compareSchemas(
      obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['b'] } }),
      obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['c'] } }),
      'input',
    );
    expect(r).toMatchObject({
      undecided: false,
      changes: [
        { rule: 'input-property-became-optional', path: '/then/properties/b' },
        { rule: 'input-property-became-required', path: '/then/properties/c' },
      ],
    });
    expect(compareSchemas(obj({ a: { type: 'string' } }), obj({ a: { type: 'string', not: { const: '' } } }), 'input')).toMatchObject({
      undecided: false,
      changes: [{ rule: 'input-keyword-narrowed', path: '/properties/a/not' }],
    });
    expect(
      compareSchemas(
        { type: 'object', patternProperties: { '^x': { type: 'string' } } },
        { type: 'object', patternProperties: { '^x': { type: 'number' } } },
        'input',
      ),
    ).toMatchObject({ undecided: false, changes: [{ rule: 'input-type-changed', path: '/patternProperties/^x/type' }] });
    const changedIf = compareSchemas(
      obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['b'] } }),
      obj({ a: { type: 'string' } }, { if: { required: ['z'] }, then: { required: ['b'] } }),
      'input',
    );
    expect(changedIf).toMatchObject({
      changes: [],
      undecided: true,
      reasons: [
        expect.stringMatching(
          /^in the arguments, `if` changed from \{"required":\["a"\]\} to \{"required":\["z"\]\}; that moves values between the `then` and the `else` branch/,
        ),
      ],
    });
  });
  test('anyOf → oneOf is decided by an instance matching two branches (one-of.ts); differences in keywords the walker does not read are undecided', () => {
    const branches: Json[] = [
      { type: 'string', maxLength: 5 },
      { type: 'string', minLength: 3 },
    ];
    expect(compareSchemas({ anyOf: branches }, { oneOf: branches }, 'input')).toMatchObject({
      changes: [{ rule: 'input-one-of-overlap', severity: 'breaking', path: '/oneOf', extra: { instance: 'aaa', branches: [0, 1] } }],
      undecided: false,
    });
    expect(
      compareSchemas({ type: 'string', contentMediaType: 'text/plain' }, { type: 'string', contentMediaType: 'text/html' }, 'input'),
    ).toEqual({ changes: [], undecided: true, reasons: ['the schemas differ, and `contentMediaType` is not compared by the walker'] });
    // Equivalent spellings are decided: nothing for the oracle to do.
    expect(compareSchemas({ type: ['string', 'null'] }, { anyOf: [{ type: 'null' }, { type: 'string' }] }, 'input').undecided).toBe(false);
  });
  test('an unchanged opaque keyword is not undecided', () => {
    const s = obj({ a: { type: 'string' } }, { if: { required: ['a'] }, then: { required: ['b'] } });
    const t = obj({ a: { type: 'string', maxLength: 3 } }, { if: { required: ['a'] }, then: { required: ['b'] } });
    expect(compareSchemas(s, t, 'input')).toMatchObject({ undecided: false, changes: [{ rule: 'input-constraint-tightened' }] });
  });
});

describe('malformed schemas (values JSON Schema does not allow)', () => {
  const inconclusive = (path: string, before: Json | undefined, after: Json | undefined) => [
    'input-schema-inconclusive',
    'warning',
    path,
    before,
    after,
  ];
  const full = (before: Json, after: Json, dir: SchemaDirection = 'input') =>
    compareSchemas(before, after, dir).changes.map((c) => [c.rule, c.severity, c.path, c.before, c.after]);

  test('a changed malformed keyword is inconclusive, naming the keyword, its path and both values', () => {
    expect(only({ type: 42 }, { type: 43 })).toEqual({
      rule: 'input-schema-inconclusive',
      severity: 'warning',
      path: '/type',
      before: 42,
      after: 43,
      message:
        'in the arguments, `type` changed from 42 to 43; JSON Schema does not allow 42 and 43 there, and validators reject or ignore it, so the change cannot be checked. Fix the schema.',
      extra: { keyword: 'type', malformed: true },
    });
    expect(full(obj({ q: { type: 'string' } }, { required: 'q' }), obj({ q: { type: 'string' } }, { required: 'zz' }))).toEqual([
      inconclusive('/required', 'q', 'zz'),
    ]);
    expect(full(obj({ n: { type: 'integer', minimum: '1' } }), obj({ n: { type: 'integer', minimum: '2' } }))).toEqual([
      inconclusive('/properties/n/minimum', '1', '2'),
    ]);
    expect(full(obj({ s: { type: 'string', pattern: 1 } }), obj({ s: { type: 'string', pattern: 2 } }))).toEqual([
      inconclusive('/properties/s/pattern', 1, 2),
    ]);
    expect(full(obj({ a: { type: 'array', items: 'x' } }), obj({ a: { type: 'array', items: 'y' } }))).toEqual([
      inconclusive('/properties/a/items', 'x', 'y'),
    ]);
  });

  test('a schema that is not an object or boolean is inconclusive where it sits (root or nested)', () => {
    expect(only('string', 'number')).toMatchObject({
      rule: 'input-schema-inconclusive',
      path: '',
      before: 'string',
      after: 'number',
      message:
        'the input schema changed from "string" to "number", and JSON Schema allows only an object or a boolean there; validators reject or ignore it, so its compatibility cannot be checked. Fix the schema.',
    });
    expect(full(obj({ q: 'a' }), obj({ q: 'b' }))).toEqual([inconclusive('/properties/q', 'a', 'b')]);
    expect(full(obj({ q: 'a' }), obj({ q: { type: 'string' } }))).toEqual([inconclusive('/properties/q', 'a', { type: 'string' })]);
    expect(only({ type: 'object' }, [1], 'output')).toMatchObject({
      rule: 'output-schema-inconclusive',
      path: '',
      before: { type: 'object' },
      after: [1],
    });
  });

  test('malformed values reached through $ref, merged allOf members and union members are still seen', () => {
    const viaRef = (required: Json): Json => ({ $defs: { A: { type: 'object', required } }, $ref: '#/$defs/A' });
    expect(full(viaRef(1), viaRef(2))).toEqual([inconclusive('/required', 1, 2)]);
    expect(full({ type: 'object', allOf: [{ required: 5 }] }, { type: 'object', allOf: [{ required: 6 }] })).toEqual([
      inconclusive('/allOf/0/required', 5, 6),
    ]);
    const union = (stray: Json): Json => obj({ v: { anyOf: [{ type: 'string' }, stray] } });
    expect(brief(union('x'), union('y'))).toContainEqual(['input-schema-inconclusive', 'warning', '/properties/v/anyOf']);
  });

  test('a malformed keyword that becomes valid is inconclusive, and the new meaning is still compared', () => {
    expect(full({ type: 42 }, { type: 'object' })).toEqual([
      inconclusive('/type', 42, 'object'),
      ['input-type-narrowed', 'breaking', '/type', 'any', 'object'],
    ]);
  });

  test('unchanged malformed keywords stay silent (the lint reports invalid schemas), other changes are reported as usual', () => {
    expect(brief({ type: 42 }, { type: 42, description: 'now documented' })).toEqual([]);
    expect(brief('string', 'string')).toEqual([]);
    expect(
      brief(obj({ q: { type: 'string' } }, { required: 'q' }), obj({ q: { type: 'string' }, r: { type: 'number' } }, { required: 'q' })),
    ).toEqual([['input-property-added-optional', 'safe', '/properties/r']]);
    // Reordered union members, stray ones included, are the same schema.
    expect(brief(obj({ v: { anyOf: ['x', { type: 'string' }, 'y'] } }), obj({ v: { anyOf: ['y', { type: 'string' }, 'x'] } }))).toEqual([]);
  });
});

describe('direction', () => {
  // The same structural change, read by a caller (input) and by a reader (output).
  const cases: Array<[string, Json, Json, [string, string], [string, string]]> = [
    [
      'enum value removed',
      { enum: ['a', 'b'] },
      { enum: ['a'] },
      ['input-enum-value-removed', 'breaking'],
      ['output-enum-value-removed', 'safe'],
    ],
    ['enum value added', { enum: ['a'] }, { enum: ['a', 'b'] }, ['input-enum-value-added', 'safe'], ['output-enum-value-added', 'warning']],
    ['type narrowed', { type: 'number' }, { type: 'integer' }, ['input-type-narrowed', 'breaking'], ['output-type-narrowed', 'safe']],
    ['type widened', { type: 'string' }, { type: ['string', 'null'] }, ['input-type-widened', 'safe'], ['output-type-widened', 'breaking']],
    ['type changed', { type: 'string' }, { type: 'number' }, ['input-type-changed', 'breaking'], ['output-type-changed', 'breaking']],
    [
      'maximum lowered',
      { type: 'number', maximum: 9 },
      { type: 'number', maximum: 5 },
      ['input-constraint-tightened', 'breaking'],
      ['output-constraint-tightened', 'safe'],
    ],
    [
      'maximum raised',
      { type: 'number', maximum: 5 },
      { type: 'number', maximum: 9 },
      ['input-constraint-loosened', 'safe'],
      ['output-constraint-loosened', 'warning'],
    ],
    [
      'pattern added',
      { type: 'string' },
      { type: 'string', pattern: 'x' },
      ['input-pattern-added', 'breaking'],
      ['output-pattern-added', 'safe'],
    ],
    [
      'pattern removed',
      { type: 'string', pattern: 'x' },
      { type: 'string' },
      ['input-pattern-removed', 'safe'],
      ['output-pattern-removed', 'warning'],
    ],
    [
      'format added',
      { type: 'string' },
      { type: 'string', format: 'uri' },
      ['input-format-added', 'warning'],
      ['output-format-added', 'safe'],
    ],
    ['const added', { type: 'string' }, { type: 'string', const: 'x' }, ['input-const-added', 'breaking'], ['output-const-added', 'safe']],
    [
      'const removed',
      { type: 'string', const: 'x' },
      { type: 'string' },
      ['input-const-removed', 'safe'],
      ['output-const-removed', 'warning'],
    ],
    ['enum added', { type: 'string' }, { type: 'string', enum: ['x'] }, ['input-enum-added', 'breaking'], ['output-enum-added', 'safe']],
    [
      'enum removed',
      { type: 'string', enum: ['x'] },
      { type: 'string' },
      ['input-enum-removed', 'safe'],
      ['output-enum-removed', 'warning'],
    ],
    [
      'closed',
      obj({}),
      obj({}, { additionalProperties: false }),
      ['input-additional-properties-disallowed', 'breaking'],
      ['output-additional-properties-disallowed', 'safe'],
    ],
    [
      'opened',
      obj({}, { additionalProperties: false }),
      obj({}),
      ['input-additional-properties-allowed', 'safe'],
      ['output-additional-properties-allowed', 'warning'],
    ],
    [
      'variant added',
      { anyOf: [obj({ a: { type: 'string' } }, { required: ['a'] })] },
      { anyOf: [obj({ a: { type: 'string' } }, { required: ['a'] }), obj({ b: { type: 'string' } }, { required: ['b'] })] },
      ['input-variant-added', 'safe'],
      ['output-variant-added', 'breaking'],
    ],
    [
      'became required',
      obj({ a: { type: 'string' } }),
      obj({ a: { type: 'string' } }, { required: ['a'] }),
      ['input-property-became-required', 'breaking'],
      ['output-property-became-required', 'safe'],
    ],
    [
      'became optional',
      obj({ a: { type: 'string' } }, { required: ['a'] }),
      obj({ a: { type: 'string' } }),
      ['input-property-became-optional', 'safe'],
      ['output-property-became-optional', 'breaking'],
    ],
    [
      'default changed',
      { type: 'number', default: 1 },
      { type: 'number', default: 2 },
      ['input-default-changed', 'warning'],
      ['output-default-changed', 'info'],
    ],
  ];
  test.each(cases)('%s', (_name, before, after, input, output) => {
    expect(compareSchemas(before, after, 'input').changes.map((c) => [c.rule, c.severity])).toEqual([input]);
    expect(compareSchemas(before, after, 'output').changes.map((c) => [c.rule, c.severity])).toEqual([output]);
  });

  test('output properties: removed (breaking if it was required), added, renamed', () => {
    expect(
      brief(obj({ a: { type: 'string' }, b: { type: 'string' } }, { required: ['a'] }), obj({ b: { type: 'string' } }), 'output'),
    ).toEqual([['output-property-removed', 'breaking', '/properties/a']]);
    expect(
      brief(
        obj({ a: { type: 'string' }, b: { type: 'string' } }, { required: ['a'] }),
        obj({ a: { type: 'string' } }, { required: ['a'] }),
        'output',
      ),
    ).toEqual([['output-property-removed', 'warning', '/properties/b']]);
    expect(brief(obj({}), obj({ c: { type: 'string' } }, { required: ['c'] }), 'output')).toEqual([
      ['output-property-added', 'safe', '/properties/c'],
    ]);
    expect(
      brief(
        obj({ userId: { type: 'string' } }, { required: ['userId'] }),
        obj({ user_id: { type: 'string' } }, { required: ['user_id'] }),
        'output',
      ),
    ).toEqual([['output-property-renamed', 'breaking', '/properties/userId']]);
  });

  test('messages speak of parameters for input and fields for output', () => {
    expect(only(obj({ n: { type: 'number', maximum: 5 } }), obj({ n: { type: 'number', maximum: 9 } }), 'output').message).toBe(
      'field "n": maximum raised from 5 to 9; readers may now receive values above 5 up to 9',
    );
  });
});

describe('schema presence', () => {
  test('output schema added / removed', () => {
    expect(only(undefined, obj({}), 'output')).toMatchObject({ rule: 'output-schema-added', severity: 'safe', path: '' });
    expect(only(obj({}), undefined, 'output')).toMatchObject({ rule: 'output-schema-removed', severity: 'breaking', path: '' });
    expect(compareSchemas(undefined, undefined, 'output').changes).toEqual([]);
  });
  test('a root without type is an object (MCP arguments and results always are)', () => {
    expect(brief({ properties: { a: { type: 'string' } } }, { type: 'object', properties: { a: { type: 'string' } } })).toEqual([]);
    expect(brief({ properties: { a: { type: 'string' } } }, { type: 'object', properties: { a: { type: 'string' } } }, 'output')).toEqual(
      [],
    );
    // Below the root an added type is a real narrowing.
    expect(brief(obj({ v: { properties: {} } }), obj({ v: { type: 'object', properties: {} } }))).toEqual([
      ['input-type-narrowed', 'breaking', '/properties/v/type'],
    ]);
  });
  test('a missing input schema means {type: "object"}', () => {
    expect(brief(undefined, obj({ q: { type: 'string' } }, { required: ['q'] }))).toEqual([
      ['input-property-added-required', 'breaking', '/properties/q'],
    ]);
    expect(brief(undefined, { type: 'object' })).toEqual([]);
  });
});

describe('rule table', () => {
  test('every emitted rule id is registered with its severity', () => {
    const ids = new Map(SCHEMA_RULES.map((r) => [r.id, r]));
    expect(ids.size).toBe(SCHEMA_RULES.length);
    for (const id of [
      'input-property-renamed',
      'input-schema-narrowed',
      'output-schema-widened',
      'input-schema-inconclusive',
      'output-schema-inconclusive',
      'output-schema-removed',
      'output-pattern-removed',
      'output-variant-added',
    ])
      expect(ids.has(id), id).toBe(true);
    expect(ids.get('input-property-removed')!.severity).toBe('warning');
    expect(ids.get('output-property-became-optional')!.severity).toBe('breaking');
    for (const r of SCHEMA_RULES) expect(r.id).toMatch(/^(input|output)-[a-z-]+$/);
    for (const r of SCHEMA_RULES) expect(r.id.startsWith(`${r.direction}-`), r.id).toBe(true);
  });

  test("each change kind's literal ids are its name under each direction", () => {
    for (const [kind, row] of Object.entries({ ...WALKER_RULES, 'schema-inconclusive': SCHEMA_INCONCLUSIVE })) {
      for (const direction of ['input', 'output'] as const) {
        const rule = row[direction];
        if (rule) expect(rule[0], kind).toBe(`${direction}-${kind}`);
      }
    }
  });
});

describe('scale', () => {
  test('a schema nested deeper than the walker follows is inconclusive, not a stack overflow', () => {
    const nested = (depth: number, leaf: Json): Json => {
      let s = leaf;
      for (let i = 0; i < depth; i++) s = { type: 'object', properties: { a: s } };
      return s;
    };
    expect(brief(nested(200, { type: 'string' }), nested(200, { type: 'integer' }))).toEqual([
      ['input-type-changed', 'breaking', '/properties/a'.repeat(200) + '/type'],
    ]);
    expect(only(nested(3000, { type: 'string' }), nested(3000, { type: 'integer' }))).toMatchObject({
      rule: 'input-schema-inconclusive',
      severity: 'warning',
      path: '',
      message: expect.stringContaining('more than 256 levels deep'),
    });
  });

  test('$refs that fan out (10 uses per level, 6 levels) are keyed and walked once per definition', () => {
    const make = (leaf: string): Json => {
      const $defs: Record<string, Json> = { D6: obj({ v: { type: leaf } }) };
      for (let d = 5; d >= 0; d--)
        $defs[`D${d}`] = obj(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/$defs/D${d + 1}` }])));
      return { $ref: '#/$defs/D0', $defs };
    };
    const start = performance.now();
    const r = compareSchemas(make('number'), make('integer'), 'input');
    expect(r.changes.map((c) => [c.rule, c.path])).toEqual([
      ['input-type-narrowed', '/properties/p0/properties/p0/properties/p0/properties/p0/properties/p0/properties/p0/properties/v/type'],
    ]);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(compareSchemas(make('number'), make('number'), 'input').changes).toEqual([]);
  });

  test('50 nullable anyOf properties with one changed: decided by the walker, fast', () => {
    const make = (changed: boolean): Json => {
      const properties: Record<string, Json> = {};
      for (let i = 0; i < 50; i++) {
        const inner = obj({
          v: { anyOf: [{ type: 'string' }, { type: 'null' }] },
          w: { anyOf: [{ type: changed && i === 7 ? 'integer' : 'number' }, { type: 'null' }], default: null },
        });
        properties[`p${i}`] = { anyOf: [inner, { type: 'null' }], default: null, title: `P${i}` };
      }
      return { type: 'object', properties, additionalProperties: false };
    };
    // Fresh schema objects per run (nothing cached between runs); the best of three absorbs a busy machine's noise.
    let ms = Infinity;
    let r = compareSchemas(make(false), make(true), 'input');
    for (let run = 0; run < 3; run++) {
      const [before, after] = [make(false), make(true)];
      const start = performance.now();
      r = compareSchemas(before, after, 'input');
      ms = Math.min(ms, performance.now() - start);
    }
    expect(r.changes.map((c) => [c.rule, c.path])).toEqual([['input-type-narrowed', '/properties/p7/anyOf/0/properties/w/anyOf/0/type']]);
    expect(r.undecided).toBe(false);
    expect(ms).toBeLessThan(100);
  });
});
