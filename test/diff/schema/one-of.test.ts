// oneOf exclusivity judged through the shared ajv factory: draft-04 bounds read as draft-04, catalog regexes guarded, every instance confirmed by a fresh ajv.
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/diff/schema/index.js';
import type { Json } from '../../../src/findings/json.js';
import { validUnder } from '../witness-check.js';

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const branches: Json[] = [
  { type: 'number', minimum: 0, exclusiveMinimum: true },
  { type: 'number', maximum: 10 },
];
const schema = (kw: 'oneOf' | 'anyOf', members: Json[], dialect?: string): Json => ({
  ...(dialect ? { $schema: dialect } : {}),
  type: 'object',
  properties: { n: { [kw]: members } },
});

describe('oneOf exclusivity', () => {
  it('reads draft-04 boolean exclusive bounds: oneOf → anyOf now accepts 1 (it matched both branches)', () => {
    const [before, after] = [schema('oneOf', branches, DRAFT_04), schema('anyOf', branches, DRAFT_04)];
    const r = compareSchemas(before, after, 'input');
    expect(r.changes.map((c) => [c.rule, c.severity, c.path, c.extra])).toEqual([
      ['input-keyword-widened', 'safe', '/properties/n/anyOf', { instance: 1, branches: [0, 1] }],
    ]);
    expect(r.undecided).toBe(false);
    expect([validUnder(before, { n: 1 }), validUnder(after, { n: 1 })]).toEqual([false, true]);
  });

  it('reads draft-04 boolean exclusive bounds: anyOf → oneOf now rejects 1 (input-one-of-overlap)', () => {
    const [before, after] = [schema('anyOf', branches, DRAFT_04), schema('oneOf', branches, DRAFT_04)];
    const r = compareSchemas(before, after, 'input');
    expect(r.changes.map((c) => [c.rule, c.severity, c.path])).toEqual([['input-one-of-overlap', 'breaking', '/properties/n/oneOf']]);
    expect(r.changes[0]!.extra).toEqual({ instance: 1, branches: [0, 1] });
    expect([validUnder(before, { n: 1 }), validUnder(after, { n: 1 })]).toEqual([true, false]);
  });

  it('never evaluates a backtracking catalog pattern: the overlap stays undecided instead of hanging', () => {
    const evil: Json[] = [
      { type: 'string', pattern: '^(a+)+$' },
      { type: 'string', minLength: 1 },
    ];
    const started = performance.now();
    const r = compareSchemas(schema('anyOf', evil), schema('oneOf', evil), 'input');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.changes.filter((c) => c.rule === 'input-one-of-overlap')).toEqual([]);
    expect(r.undecided).toBe(true);
  });
});
