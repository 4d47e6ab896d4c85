// Over thousands of generated schema pairs: instances built to be valid are valid under a fresh ajv, and no change the engine calls non-breaking rejects (input) or newly allows (output) one of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../src/diff/index.js';
import { validInstances } from '../../src/diff/schema/valid-instances.js';
import { compareSchemas } from '../../src/diff/schema/index.js';
import { acknowledges, instanceLocation } from '../../src/diff/schema/witness.js';
import { compileSchema } from '../../src/diff/schema/witness-validator.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Json, JsonObject } from '../../src/findings/json.js';
import { rejectionsAt, showsBreak, validUnder } from '../diff/witness-check.js';
import { anySchemaArb, inputSchemaArb, oneTool, pairArb } from './arbitraries.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const KEYS = { input: 'inputSchema', output: 'outputSchema' } as const;

describe('valid-instance builder', () => {
  it('builds only instances a fresh ajv accepts, and builds some for nearly every generated schema', () => {
    let built = 0,
      withSome = 0,
      schemas = 0;
    fc.assert(
      fc.property(fc.oneof(inputSchemaArb, anySchemaArb), (schema) => {
        schemas++;
        const xs = validInstances(schema);
        if (xs.length) withSome++;
        for (const x of xs) {
          built++;
          expect(validUnder(schema, x), `${JSON.stringify(schema)} accepts ${JSON.stringify(x)}`).toBe(true);
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
    expect(withSome / schemas).toBeGreaterThan(0.9);
    expect(built).toBeGreaterThan(700);
  });

  it('builds inside ranges narrower than 1, at exact lengths and counts, and one instance per branch', () => {
    expect(validInstances({ type: 'number', exclusiveMinimum: 0.3, exclusiveMaximum: 0.31 })).toEqual([0.3025, 0.3075, 0.305]);
    expect(validInstances({ type: 'string', minLength: 3, maxLength: 3 })).toEqual(['aaa']);
    expect(validInstances({ type: 'array', items: { enum: ['x', 'y'] }, minItems: 2, maxItems: 2, uniqueItems: true })).toEqual([
      ['x', 'y'],
    ]);
    expect(validInstances({ anyOf: [{ type: 'null' }, { type: 'integer', minimum: 5, maximum: 5 }] })).toEqual([null, 5]);
    expect(validInstances({ type: 'string', pattern: '^z' })).toEqual([]);
  });
});

/** Where `rejecting` refuses `x` only at places a graded warning names (that warning's own case, see acknowledges()). */
function explainedBy(findings: Finding[], key: string, rejecting: Json, x: Json): boolean {
  const explained = findings
    .filter(acknowledges)
    .map((f) => instanceLocation(f.path.slice(key.length + 1)))
    .filter((l): l is string[] => l !== undefined);
  return rejectionsAt(rejecting, x).every((at) =>
    explained.some((loc) => loc.length <= at.length && loc.every((t, i) => t === '*' || t === at[i])),
  );
}

describe('no change called non-breaking has a counterexample among built instances', () => {
  /**
   * The walker's verdict first (cheap, no validator compiled); where it calls a pair non-breaking, built instances of
   * the accepting side go to the rejecting side's validator, and a suspect is settled by a fresh ajv. A counterexample
   * the walker missed must then be caught by the whole engine (walker and witness post-pass): a breaking finding in
   * that direction, with a witness a fresh ajv confirms.
   */
  it('holds over thousands of generated pairs, in both directions', async () => {
    let pairs = 0,
      checked = 0,
      caughtByPostPass = 0;
    const checkPair = async (before: JsonObject, after: JsonObject, direction: 'input' | 'output'): Promise<void> => {
      pairs++;
      const key = KEYS[direction];
      const walked = compareSchemas(before, after, direction).changes;
      if (walked.some((c) => c.severity === 'breaking')) return;
      const [accepting, rejecting] = direction === 'input' ? [before, after] : [after, before];
      const judge = compileSchema(rejecting);
      if (!('validate' in judge)) return;
      const asFindings = walked.map((c) => ({ ...c, path: `/${key}${c.path}` })) as unknown as Finding[];
      const suspects = validInstances(accepting).filter((x) => {
        checked++;
        return !judge.validate(x) && !validUnder(rejecting, x) && !explainedBy(asFindings, key, rejecting, x);
      });
      if (!suspects.length) return;
      caughtByPostPass++;
      const findings = await diffCatalogs(oneTool({ [key]: before }), oneTool({ [key]: after }), { oracle: false, now: NOW });
      const own = findings.filter((f) => f.path.startsWith(`/${key}`) && f.rule.startsWith(`${direction}-`));
      const breaking = own.filter((f) => f.severity === 'breaking');
      const shown = `${direction} ${JSON.stringify(before)} → ${JSON.stringify(after)}: ${JSON.stringify(suspects[0])}`;
      expect(breaking.length, shown).toBeGreaterThan(0);
      for (const f of breaking)
        if (f.extra?.witness !== undefined) expect(showsBreak(direction, before, after, f.extra.witness), f.rule).toBe(true);
    };
    await fc.assert(
      // Each generated pair is read in both directions: generating pairs costs more than checking them.
      fc.asyncProperty(pairArb, async ({ before, after }) => {
        for (const direction of ['input', 'output'] as const) await checkPair(before, after, direction);
      }),
      { numRuns: 1000, seed: 20261207, endOnFailure: true },
    );
    expect(pairs).toBe(2000);
    expect(checked).toBeGreaterThan(4000);
    if (process.env.WITNESS_SHOW_MISSES) console.log(`walker misses caught by the post-pass: ${caughtByPostPass}`);
  });
});
