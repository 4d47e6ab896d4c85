// The witness search: one test per kind of witness (each checked with a fresh ajv against both schemas), the counterexample post-pass, dialects, budgets and the regex guard.
import { describe, expect, it } from 'vitest';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { attachWitnesses, instanceLocation, searchWitness } from '../../src/diff/schema/witness.js';
import { unsafePatternReason } from '../../src/diff/schema/regex-guard.js';
import { dialectOf } from '../../src/diff/schema/witness-validator.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Json, JsonObject } from '../../src/findings/json.js';
import { showsBreak, validUnder } from './witness-check.js';

const obj = (properties: JsonObject, extra: JsonObject = {}): JsonObject => ({ type: 'object', properties, ...extra });

function catalog(tools: ToolDef[]): Catalog {
  return {
    server: { name: 's', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {} },
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}

/** Diffs one tool's schema change (oracle off: the walker and the witness pass alone) and returns its findings. */
async function diffTool(before: Partial<ToolDef>, after: Partial<ToolDef>): Promise<Finding[]> {
  return diffCatalogs(catalog([{ name: 't', ...before }]), catalog([{ name: 't', ...after }]), {
    oracle: false,
    witness: { perPairMs: 5000, totalMs: 60_000 },
  });
}

/** The one breaking finding of a change, asserted to carry a witness that a fresh ajv confirms. */
async function witnessOf(direction: 'input' | 'output', before: Json, after: Json, rule: string): Promise<Json> {
  const key = direction === 'input' ? 'inputSchema' : 'outputSchema';
  const findings = await diffTool({ [key]: before }, { [key]: after });
  const f = findings.find((x) => x.rule === rule);
  expect(f, findings.map((x) => x.rule).join(', ')).toBeDefined();
  expect(f!.severity).toBe('breaking');
  const witness = f!.extra?.witness;
  expect(witness, String(f!.extra?.witnessNote)).toBeDefined();
  expect(showsBreak(direction, before, after, witness!)).toBe(true);
  return witness!;
}

describe('witnesses for breaking input findings (the base accepts the call, the head rejects it)', () => {
  it('a lowered maximum: the smallest value past the new bound', async () => {
    const w = await witnessOf(
      'input',
      obj({ limit: { type: 'integer', maximum: 100 } }),
      obj({ limit: { type: 'integer', maximum: 50 } }),
      'input-constraint-tightened',
    );
    expect(w).toEqual({ limit: 51 });
  });

  it('an added required property: the call that omits it', async () => {
    const w = await witnessOf(
      'input',
      obj({ q: { type: 'string' } }, { required: ['q'] }),
      obj({ q: { type: 'string' }, limit: { type: 'integer' } }, { required: ['q', 'limit'] }),
      'input-property-added-required',
    );
    expect(w).toEqual({ q: '' });
  });

  it('a removed enum value: that value', async () => {
    const w = await witnessOf(
      'input',
      obj({ sort: { enum: ['date', 'relevance', 'title'] } }),
      obj({ sort: { enum: ['date', 'title'] } }),
      'input-enum-value-removed',
    );
    expect(w).toEqual({ sort: 'relevance' });
  });

  it('a narrowed type: a value of the lost type', async () => {
    const w = await witnessOf('input', obj({ ratio: { type: 'number' } }), obj({ ratio: { type: 'integer' } }), 'input-type-narrowed');
    expect(w).toEqual({ ratio: 0.5 });
    const nullable = await witnessOf(
      'input',
      obj({ cursor: { type: ['string', 'null'] } }),
      obj({ cursor: { type: 'string' } }),
      'input-type-narrowed',
    );
    expect(nullable).toEqual({ cursor: null });
  });

  it('additional properties disallowed: a call with an undeclared key', async () => {
    const w = await witnessOf(
      'input',
      obj({ q: { type: 'string' } }),
      obj({ q: { type: 'string' } }, { additionalProperties: false }),
      'input-additional-properties-disallowed',
    );
    expect(Object.keys(w as JsonObject)).toEqual(['extra']);
  });

  it('an added pattern, a raised minLength, a tightened nested array bound', async () => {
    await witnessOf(
      'input',
      obj({ slug: { type: 'string' } }),
      obj({ slug: { type: 'string', pattern: '^[a-z]+$' } }),
      'input-pattern-added',
    );
    expect(
      await witnessOf(
        'input',
        obj({ q: { type: 'string', minLength: 1 } }),
        obj({ q: { type: 'string', minLength: 3 } }),
        'input-constraint-tightened',
      ),
    ).toEqual({ q: 'a' });
    const deep = await witnessOf(
      'input',
      obj(
        { filter: obj({ ids: { type: 'array', items: { type: 'string' }, maxItems: 5 } }, { required: ['ids'] }) },
        { required: ['filter'] },
      ),
      obj(
        { filter: obj({ ids: { type: 'array', items: { type: 'string' }, maxItems: 2 } }, { required: ['ids'] }) },
        { required: ['filter'] },
      ),
      'input-constraint-tightened',
    );
    expect(deep).toEqual({ filter: { ids: ['a', 'a', 'a'] } });
  });

  it('a removed anyOf branch: a value only that branch matched', async () => {
    const before = obj({
      pet: { oneOf: [obj({ kind: { const: 'cat' } }, { required: ['kind'] }), obj({ kind: { const: 'dog' } }, { required: ['kind'] })] },
    });
    const after = obj({ pet: { oneOf: [obj({ kind: { const: 'dog' } }, { required: ['kind'] })] } });
    expect(await witnessOf('input', before, after, 'input-variant-removed')).toEqual({ pet: { kind: 'cat' } });
  });

  it('two breaking changes in one schema: each finding gets a witness refused at its own place', async () => {
    const before = obj({ a: { type: 'number' }, b: { type: 'integer', maximum: 100 } }, { required: ['a'] });
    const after = obj({ a: { type: 'integer' }, b: { type: 'integer', maximum: 50 } }, { required: ['a'] });
    const findings = await diffTool({ inputSchema: before }, { inputSchema: after });
    expect(findings.map((f) => [f.rule, f.extra?.witness])).toEqual([
      ['input-type-narrowed', { a: 0.5 }],
      ['input-constraint-tightened', { a: 0, b: 51 }],
    ]);
    for (const f of findings) expect(showsBreak('input', before, after, f.extra!.witness!)).toBe(true);
  });

  it('a property behind a $ref that narrowed', async () => {
    const before = { type: 'object', properties: { at: { $ref: '#/$defs/Point' } }, $defs: { Point: obj({ x: { type: 'number' } }) } };
    const after = { type: 'object', properties: { at: { $ref: '#/$defs/Point' } }, $defs: { Point: obj({ x: { type: 'integer' } }) } };
    expect(await witnessOf('input', before, after, 'input-type-narrowed')).toEqual({ at: { x: 0.5 } });
  });
});

describe('witnesses for breaking output findings (the head may return it, the base rejected it)', () => {
  it('a widened type, an optional field that was required, an added variant', async () => {
    expect(
      await witnessOf('output', obj({ total: { type: 'integer' } }), obj({ total: { type: 'number' } }), 'output-type-widened'),
    ).toEqual({ total: 0.5 });
    expect(
      await witnessOf(
        'output',
        obj({ total: { type: 'integer' } }, { required: ['total'] }),
        obj({ total: { type: 'integer' } }),
        'output-property-became-optional',
      ),
    ).toEqual({});
    const before = obj({ pet: { oneOf: [obj({ kind: { const: 'cat' } }, { required: ['kind'] })] } });
    const after = obj({
      pet: { oneOf: [obj({ kind: { const: 'cat' } }, { required: ['kind'] }), obj({ kind: { const: 'fish' } }, { required: ['kind'] })] },
    });
    expect(await witnessOf('output', before, after, 'output-variant-added')).toEqual({ pet: { kind: 'fish' } });
  });

  it('says why when the output schema is gone (no value shows a removed contract)', async () => {
    const findings = await diffTool({ outputSchema: obj({ a: { type: 'string' } }) }, {});
    const f = findings.find((x) => x.rule === 'output-schema-removed')!;
    expect(f.extra?.witness).toBeUndefined();
    expect(f.extra?.witnessNote).toMatch(/declares no outputSchema/);
  });
});

describe('the counterexample search behind non-breaking verdicts', () => {
  it('turns a change the walker could not decide into input-schema-narrowed, with the witness', async () => {
    // A changed `if` is undecidable for the walker (inconclusive, a warning); the search finds the call the head now rejects.
    const before = {
      ...obj({ mode: { enum: ['fast', 'full'] }, depth: { type: 'integer' } }),
      if: obj({ mode: { const: 'full' } }, { required: ['mode'] }),
      then: { required: ['depth'] },
    };
    const after = { ...before, if: obj({ mode: { const: 'fast' } }, { required: ['mode'] }) };
    const findings = await diffTool({ inputSchema: before }, { inputSchema: after });
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['input-schema-narrowed breaking', 'input-schema-inconclusive warning']);
    const narrowed = findings[0]!;
    expect(narrowed.path).toBe('/inputSchema');
    expect(narrowed.message).toMatch(/witness search found arguments the base schema accepts and the head schema rejects/);
    expect(narrowed.extra?.witness).toEqual({ mode: 'fast' });
    expect(showsBreak('input', before, after, narrowed.extra!.witness!)).toBe(true);
  });

  it('finds values only a `not` names: a property renamed under `not` narrows the input and widens the output', async () => {
    // "At least one filter must be non-null": `not` forbids all of them null. Renaming one forbidden property under
    // `not` has no direction for the walker (inconclusive); the call the head's `not` now matches is the witness.
    const filters = Object.fromEntries(['a', 'b', 'c'].map((k) => [k, { anyOf: [{ type: 'integer' }, { type: 'null' }] }]));
    const forbid = (names: string[]): JsonObject => ({
      type: 'object',
      properties: Object.fromEntries(names.map((k) => [k, { type: 'null' }])),
      required: names,
    });
    const before = obj(filters, { not: forbid(['a', 'b', 'c']) });
    const after = obj(filters, { not: forbid(['a', 'b', 'd']) });
    const findings = await diffTool({ inputSchema: before }, { inputSchema: after });
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['input-schema-narrowed breaking', 'input-schema-inconclusive warning']);
    expect(findings[0]!.extra?.witness).toEqual({ a: null, b: null, d: null });
    expect(showsBreak('input', before, after, findings[0]!.extra!.witness!)).toBe(true);
    // The rename also widens: the head no longer forbids a, b and c all null. As an output that result is new to readers.
    const output = await diffTool({ outputSchema: before }, { outputSchema: after });
    const widened = output.find((f) => f.rule === 'output-schema-widened');
    expect(widened?.extra?.witness).toEqual({ a: null, b: null, c: null });
    expect(showsBreak('output', before, after, widened!.extra!.witness!)).toBe(true);
  });

  it('finds the same rename under a `not` one property down, placed in the required skeleton around it', async () => {
    const filters = Object.fromEntries(['a', 'b'].map((k) => [k, { anyOf: [{ type: 'string' }, { type: 'null' }] }]));
    const forbid = (names: string[]): JsonObject => ({
      type: 'object',
      properties: Object.fromEntries(names.map((k) => [k, { type: 'null' }])),
      required: names,
    });
    const schema = (names: string[]): JsonObject =>
      obj({ query: { type: 'string' }, filter: obj(filters, { not: forbid(names) }) }, { required: ['query'] });
    const [before, after] = [schema(['a', 'b']), schema(['a', 'z'])];
    const findings = await diffTool({ inputSchema: before }, { inputSchema: after });
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['input-schema-narrowed breaking', 'input-schema-inconclusive warning']);
    const witness = findings[0]!.extra?.witness as JsonObject;
    expect(witness.filter).toEqual({ a: null, z: null });
    expect(typeof witness.query).toBe('string');
    expect(showsBreak('input', before, after, witness)).toBe(true);
  });

  it('finds an output pattern change the walker could not order when it is an input narrowing', async () => {
    const findings = await diffTool(
      { inputSchema: obj({ id: { type: 'string', pattern: '^[a-z0-9]+$' } }) },
      { inputSchema: obj({ id: { type: 'string', pattern: '^[a-z]+$' } }) },
    );
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['input-schema-narrowed breaking', 'input-pattern-changed warning']);
    expect(findings[0]!.extra?.witness).toEqual({ id: '0' });
  });

  it('leaves a warning alone when its own finding names the widening (the rule table grades it)', async () => {
    // An output enum value added is a warning by the table: its counterexample is that finding's case, not a new one.
    const findings = await diffTool({ outputSchema: obj({ s: { enum: ['a'] } }) }, { outputSchema: obj({ s: { enum: ['a', 'b'] } }) });
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['output-enum-value-added warning']);
    // The same widening in a place no finding names is caught.
    const base = catalog([{ name: 't', outputSchema: obj({ s: { enum: ['a'] }, n: { type: 'integer' } }) }]);
    const head = catalog([{ name: 't', outputSchema: obj({ s: { enum: ['a', 'b'] }, n: { type: 'number' } }) }]);
    const planted: Finding = {
      rule: 'output-enum-value-added',
      severity: 'warning',
      kind: 'tool',
      subject: 't',
      tool: 't',
      path: '/outputSchema/properties/s/enum',
      message: 'planted: the walker named only the enum',
    };
    const out = await attachWitnesses(base, head, [planted], { perPairMs: 5000 });
    expect(out.map((f) => f.rule)).toEqual(['output-enum-value-added', 'output-schema-widened']);
    expect(out[1]!.extra?.witness).toEqual({ n: 0.5 });
  });

  it('adds nothing to a widening input or a description-only change', async () => {
    expect(
      (await diffTool({ inputSchema: obj({ q: { type: 'integer' } }) }, { inputSchema: obj({ q: { type: 'number' } }) })).map(
        (f) => f.rule,
      ),
    ).toEqual(['input-type-widened']);
    expect(
      (
        await diffTool(
          { inputSchema: obj({ q: { type: 'string', description: 'a' } }) },
          { inputSchema: obj({ q: { type: 'string', description: 'b' } }) },
        )
      ).map((f) => f.rule),
    ).toEqual(['input-property-description-changed']);
  });

  it('compares a renamed tool with the definition it was renamed from', async () => {
    const schema = (max: number) =>
      obj({ query: { type: 'string', description: 'what to find' }, limit: { type: 'integer', maximum: max, description: 'how many' } });
    const findings = await diffCatalogs(
      catalog([{ name: 'searchDocs', inputSchema: schema(100) }]),
      catalog([{ name: 'search_docs', inputSchema: schema(50) }]),
      { oracle: false },
    );
    const tightened = findings.find((f) => f.rule === 'input-constraint-tightened');
    expect(findings.map((f) => f.rule)).toContain('tool-renamed');
    expect(tightened?.subject).toBe('search_docs');
    expect(tightened?.extra?.witness).toEqual({ limit: 51 });
  });

  it('can be turned off', async () => {
    const findings = await diffCatalogs(
      catalog([{ name: 't', inputSchema: obj({ a: { type: 'number' } }) }]),
      catalog([{ name: 't', inputSchema: obj({ a: { type: 'integer' } }) }]),
      { oracle: false, witness: false },
    );
    expect(findings[0]!.extra).toBeUndefined();
  });
});

describe('dialects', () => {
  it('reads the dialect from $schema, 2020-12 for a bare schema with prefixItems, else draft-07', () => {
    expect(dialectOf({ $schema: 'https://json-schema.org/draft/2020-12/schema' })).toBe('draft-2020-12');
    expect(dialectOf({ $schema: 'https://json-schema.org/draft/2019-09/schema' })).toBe('draft-2019-09');
    expect(dialectOf({ $schema: 'http://json-schema.org/draft-04/schema#' })).toBe('draft-07');
    expect(dialectOf({ type: 'object', properties: { p: { prefixItems: [{}], items: false } } })).toBe('draft-2020-12');
    expect(dialectOf({ type: 'object' })).toBe('draft-07');
  });

  it('validates draft-04 boolean exclusive bounds in their numeric meaning', async () => {
    const d4 = 'http://json-schema.org/draft-04/schema#';
    const before = { $schema: d4, ...obj({ n: { type: 'number', minimum: 0, exclusiveMinimum: false } }) };
    const after = { $schema: d4, ...obj({ n: { type: 'number', minimum: 0, exclusiveMinimum: true } }) };
    const r = await searchWitness('input', before, after, { path: '/properties/n/exclusiveMinimum' }, { perPairMs: 5000 });
    expect(r).toMatchObject({ witness: { n: 0 } });
  });

  it('reads 2020-12 prefixItems as a tuple (no witness for an equivalent rewrite of draft-07 items)', async () => {
    const before = obj({ point: { type: 'array', items: [{ type: 'number' }, { type: 'number' }], additionalItems: false } });
    const after = obj({ point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false } });
    expect(await searchWitness('input', before, after, {}, { perPairMs: 5000 })).toHaveProperty('note');
    expect(await searchWitness('output', before, after, {}, { perPairMs: 5000 })).toHaveProperty('note');
  });

  it("does not assert formats (a format added is the walker's warning, not a rejected call)", async () => {
    const findings = await diffTool(
      { inputSchema: obj({ at: { type: 'string' } }) },
      { inputSchema: obj({ at: { type: 'string', format: 'date-time' } }) },
    );
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['input-format-added warning']);
  });
});

describe('bounds and refusals', () => {
  const before = obj({ limit: { type: 'integer', maximum: 100 } });
  const after = obj({ limit: { type: 'integer', maximum: 50 } });

  it('is deterministic and minimal: the same smallest witness every time', async () => {
    // Without a path, the generic search: the bounds ±1 of the base; the shortest that breaks is 99.
    const runs = await Promise.all([1, 2, 3].map(() => searchWitness('input', before, after, {}, { perPairMs: 5000 })));
    expect(runs.map((r) => ('witness' in r ? r.witness : r.note))).toEqual([{ limit: 99 }, { limit: 99 }, { limit: 99 }]);
    // With the finding's path and its before/after values as hints: the first value past the new bound.
    expect(
      await searchWitness('input', before, after, { path: '/properties/limit/maximum', hints: [100, 50, 51] }, { perPairMs: 5000 }),
    ).toMatchObject({ witness: { limit: 51 } });
  });

  it('stops at the candidate cap and at the time budget, and says so', async () => {
    const capped = await searchWitness('input', before, after, {}, { maxCandidates: 1, perPairMs: 5000 });
    expect(capped).toEqual({
      note: '1 generated instances tried, none valid under the base schema and invalid under the head one (the cap is 1)',
      tried: 1,
    });
    const timed = await searchWitness('input', before, after, {}, { perPairMs: 0 });
    expect(timed).toMatchObject({ note: 'the 0 ms budget ran out after 0 instances' });
  });

  it('stops the whole pass at the diff budget: later breaking findings get a note, later pairs no search', async () => {
    const narrowing = { before: obj({ a: { type: 'number' } }), after: obj({ a: { type: 'integer' } }) };
    const gated = (on: string) => ({
      ...obj({ m: { enum: ['x', 'y'] } }),
      if: obj({ m: { const: on } }, { required: ['m'] }),
      then: { required: ['n'] },
    });
    const hidden = { before: gated('y'), after: gated('x') };
    const base = catalog([
      { name: 'a', inputSchema: narrowing.before },
      { name: 'b', inputSchema: hidden.before },
    ]);
    const head = catalog([
      { name: 'a', inputSchema: narrowing.after },
      { name: 'b', inputSchema: hidden.after },
    ]);
    const spent = await diffCatalogs(base, head, { oracle: false, witness: { totalMs: 0 } });
    expect(spent.find((f) => f.rule === 'input-type-narrowed')?.extra).toEqual({
      witnessNote: 'the witness budget of this diff (0 ms for all changed schemas) ran out before this finding',
    });
    expect(spent.map((f) => f.rule)).not.toContain('input-schema-narrowed');
    // The count bound (the one that decides in practice, the same on every machine): one pair, the breaking finding's.
    const onePair = await diffCatalogs(base, head, { oracle: false, witness: { maxPairs: 1, totalMs: 60_000, perPairMs: 5000 } });
    expect(onePair.find((f) => f.rule === 'input-type-narrowed')?.extra).toEqual({ witness: { a: 0.5 } });
    expect(onePair.map((f) => f.rule)).not.toContain('input-schema-narrowed');
    const none = await diffCatalogs(base, head, { oracle: false, witness: { maxPairs: 0 } });
    expect(none.find((f) => f.rule === 'input-type-narrowed')?.extra).toEqual({
      witnessNote: 'the witness budget of this diff (0 schema pairs searched) was used up before this finding',
    });
    const ample = await diffCatalogs(base, head, { oracle: false, witness: { totalMs: 60_000, perPairMs: 5000 } });
    expect(ample.find((f) => f.rule === 'input-type-narrowed')?.extra).toEqual({ witness: { a: 0.5 } });
    expect(ample.find((f) => f.rule === 'input-schema-narrowed')?.extra).toEqual({ witness: { m: 'x' } });
  });

  it('gives a reason when ajv cannot compile a side (a remote $ref is never fetched)', async () => {
    const r = await searchWitness(
      'input',
      obj({ a: { $ref: 'https://example.com/a.json' } }),
      obj({ a: { type: 'string' } }),
      {},
      { perPairMs: 5000 },
    );
    expect(r).toMatchObject({ note: expect.stringMatching(/^ajv cannot compile the base schema: .*example\.com/) });
  });

  it('refuses patterns that backtrack without bound, and keeps strings a pattern reads short', async () => {
    expect(unsafePatternReason('^(a+)+$')).toMatch(/nested unbounded quantifiers/);
    expect(unsafePatternReason('^(\\w*,)*$')).toMatch(/nested/);
    expect(unsafePatternReason('a*b*c*d*e*f*g*h*i*')).toMatch(/more than 8/);
    expect(unsafePatternReason('^[a-z0-9]+(-[a-z0-9]+)?$')).toBeUndefined();
    expect(unsafePatternReason('^(ab){2,}x{3}$')).toBeUndefined();
    const evil = await searchWitness(
      'input',
      obj({ s: { type: 'string' } }),
      obj({ s: { type: 'string', pattern: '^(a+)+$' } }),
      {},
      { perPairMs: 5000 },
    );
    expect(evil).toMatchObject({
      note: expect.stringMatching(
        /ajv cannot compile the head schema: the pattern "\^\(a\+\)\+\$" was not evaluated: nested unbounded quantifiers/,
      ),
    });
    // A minLength of 20 under a pattern: every candidate past 16 characters is skipped, and the note says why.
    const long = await searchWitness(
      'input',
      obj({ s: { type: 'string', minLength: 20, pattern: '^a+$' } }),
      obj({ s: { type: 'string', minLength: 20, maxLength: 20, pattern: '^a+$' } }),
      {},
      { perPairMs: 5000 },
    );
    expect(long).toMatchObject({ note: expect.stringMatching(/strings a pattern reads are kept to 16 characters/) });
  });

  it('names instance locations from finding paths', () => {
    expect(instanceLocation('/properties/a/items/enum')).toEqual(['a', '*']);
    expect(instanceLocation('/properties/pet/anyOf/1/properties/kind/const')).toEqual(['pet', 'kind']);
    expect(instanceLocation('/properties/p/prefixItems/0/type')).toEqual(['p', '0']);
    expect(instanceLocation('/$defs/A/type')).toBeUndefined();
  });

  it('judges with a validator that can say no (the test helper itself)', () => {
    expect(validUnder({ type: 'integer' }, 0.5)).toBe(false);
    expect(validUnder({ type: 'integer' }, 1)).toBe(true);
  });
});
