// Witness properties over generated catalog pairs: every witness shown holds under a fresh ajv, and no schema change the engine calls non-breaking has a counterexample among independently generated instances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../src/diff/index.js';
import { compareSchemas } from '../../src/diff/schema/index.js';
import { acknowledges, instanceLocation, searchWitness } from '../../src/diff/schema/witness.js';
import type { Finding } from '../../src/findings/finding.js';
import { isObject, type Json } from '../../src/findings/json.js';
import { rejectionsAt, showsBreak, validUnder } from '../diff/witness-check.js';
import { oneTool, pairArb } from './arbitraries.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const KEYS = { input: 'inputSchema', output: 'outputSchema' } as const;

/** Every property name a schema declares, at any depth. */
function propertyNames(node: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((v) => propertyNames(v, out));
  else if (isObject(node)) {
    if (isObject(node.properties)) Object.keys(node.properties).forEach((k) => out.add(k));
    Object.values(node).forEach((v) => propertyNames(v, out));
  }
  return out;
}

/**
 * Instances made without the search's generator: objects over the schemas' own property names (plus one undeclared),
 * values from the arbitraries' vocabulary (their enum values, small integers, bounds' neighbours, short strings),
 * nested one level deep in objects and arrays.
 */
function instancesFor(before: Json, after: Json, seed: number): Json[] {
  const names = [...propertyNames([before, after]), 'zz'];
  const leaf = fc.oneof(
    fc.constantFrom<Json>('x', 'y', 'z', 'xy', 'zz', 'yx', '', 'abcd', 'a'.repeat(21), null, true, false, 0.5, 5.5, 50.5),
    fc.integer({ min: -7, max: 52 }),
  );
  const value = fc.oneof(
    { arbitrary: leaf, weight: 4 },
    fc.array(leaf, { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...names), leaf, { maxKeys: 3 }),
  );
  const instance = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 4 });
  return fc.sample(instance, { seed, numRuns: 40 });
}

/** Whether an engine finding already names and grades the break (the witness pass leaves those alone; see acknowledges()). */
function acknowledged(findings: Finding[]): string[][] {
  return findings
    .filter(acknowledges)
    .map((f) => instanceLocation(f.path.replace(/^\/(input|output)Schema/, '')))
    .filter((l): l is string[] => l !== undefined);
}

interface Miss {
  direction: 'input' | 'output';
  before: Json;
  after: Json;
  witness: Json;
}

describe('witness properties', () => {
  /** Pairs where the walker alone said non-breaking and the search proved otherwise (the post-pass caught them). */
  const walkerMisses: Miss[] = [];

  it('every witness shown is checked, and nothing called non-breaking has a counterexample', async () => {
    await fc.assert(
      fc.asyncProperty(
        pairArb,
        fc.constantFrom<'input' | 'output'>('input', 'output'),
        fc.integer(),
        async ({ before, after }, direction, seed) => {
          const key = KEYS[direction];
          const findings = await diffCatalogs(oneTool({ [key]: before }), oneTool({ [key]: after }), {
            oracle: false,
            now: NOW,
            witness: { perPairMs: 1000, totalMs: 60_000 },
          });
          const own = findings.filter((f) => f.path.startsWith(`/${key}`) && f.rule.startsWith(`${direction}-`));
          for (const f of own)
            if (f.extra?.witness !== undefined)
              expect(showsBreak(direction, before, after, f.extra.witness), `${f.rule} ${JSON.stringify(f.extra.witness)}`).toBe(true);
          if (own.some((f) => f.severity === 'breaking')) return;
          const [accepting, rejecting] = direction === 'input' ? [before, after] : [after, before];
          const explained = acknowledged(own);
          for (const x of instancesFor(before, after, seed)) {
            if (!validUnder(accepting, x) || validUnder(rejecting, x)) continue;
            // Rejected only where a graded warning points: that warning's own case.
            expect(
              rejectionsAt(rejecting, x).every((at) =>
                explained.some((loc) => loc.length <= at.length && loc.every((t, i) => t === '*' || t === at[i])),
              ),
              `${direction} ${JSON.stringify(before)} → ${JSON.stringify(after)}: ${JSON.stringify(x)}`,
            ).toBe(true);
          }
          // What the walker alone said, against the search: a difference is a walker miss the post-pass turned breaking.
          if (!compareSchemas(before, after, direction).changes.some((c) => c.severity === 'breaking')) {
            const r = await searchWitness(direction, before, after, { explained }, { perPairMs: 1000 });
            if ('witness' in r) walkerMisses.push({ direction, before, after, witness: r.witness });
          }
        },
      ),
      { numRuns: 100, seed: 20261207, endOnFailure: true },
    );
  });

  it('lists the walker misses the post-pass caught (each is a checked counterexample)', () => {
    for (const m of walkerMisses) expect(showsBreak(m.direction, m.before, m.after, m.witness)).toBe(true);
    if (process.env.WITNESS_SHOW_MISSES) console.log(JSON.stringify(walkerMisses, null, 1));
  });
});
