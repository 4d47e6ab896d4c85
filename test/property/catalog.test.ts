// Properties of the whole diff over generated catalogs: a catalog never differs from itself, order never matters (hash, findings, verdict).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import { gate } from '../../src/policy/index.js';
import { catalogArb, catalogPairArb, reorder } from './arbitraries.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('diff(a, a) is empty', () => {
  it('for every generated catalog, and for its reordered copy (lists and keys shuffled)', async () => {
    await fc.assert(
      fc.asyncProperty(catalogArb, fc.integer(), async (a, seed) => {
        expect(await diffCatalogs(a, a, { oracle: false, now: NOW })).toEqual([]);
        expect(await diffCatalogs(a, reorder(a, seed), { oracle: false, now: NOW })).toEqual([]);
        expect(await diffCatalogs(a, structuredClone(a), { oracle: false, now: NOW })).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});

describe('the canonical hash and snapshot bytes are invariant under key order and list order', () => {
  it('toSnapshot(a) and toSnapshot(reorder(a)) are byte-identical', () => {
    fc.assert(
      fc.property(catalogArb, fc.integer(), (a, seed) => {
        const one = toSnapshot(a),
          two = toSnapshot(reorder(a, seed));
        expect(two.hashes).toEqual(one.hashes);
        expect(serializeSnapshot(two)).toBe(serializeSnapshot(one));
      }),
      { numRuns: 800 },
    );
  });
  it('…and the hash does move when a tool does change (it is not constant)', () => {
    fc.assert(
      fc.property(catalogPairArb, ({ base, head }) => {
        const sb = toSnapshot(base),
          sh = toSnapshot(head);
        const sameContract =
          JSON.stringify({ ...sb, server: { name: sb.server.name }, hashes: null }) ===
          JSON.stringify({ ...sh, server: { name: sh.server.name }, hashes: null });
        expect(sb.hashes.catalog === sh.hashes.catalog).toBe(sameContract);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the findings and the verdict never depend on the order of tools (or of any list or key)', () => {
  it("diff(base, head) equals diff(reorder(base), reorder(head)), and so does the gate's verdict", async () => {
    await fc.assert(
      fc.asyncProperty(catalogPairArb, fc.integer(), fc.integer(), async ({ base, head }, s1, s2) => {
        const findings = await diffCatalogs(base, head, { oracle: false, now: NOW });
        const shuffledFindings = await diffCatalogs(reorder(base, s1), reorder(head, s2), { oracle: false, now: NOW });
        expect(shuffledFindings).toEqual(findings);
        const verdict = gate({ findings, baseVersion: base.server.version, headVersion: head.server.version, now: NOW });
        const shuffledVerdict = gate({
          findings: shuffledFindings,
          baseVersion: base.server.version,
          headVersion: head.server.version,
          now: NOW,
        });
        expect({ v: shuffledVerdict.verdict, bump: shuffledVerdict.requiredBump, actual: shuffledVerdict.actualBump }).toEqual({
          v: verdict.verdict,
          bump: verdict.requiredBump,
          actual: verdict.actualBump,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('with the set-theoretic oracle on (a few cases: it runs in worker threads)', () => {
  const oracle = new SchemaOracle();
  afterAll(() => oracle.close());
  it('diff(a, a) is empty and order does not change the findings', async () => {
    await fc.assert(
      fc.asyncProperty(catalogPairArb, fc.integer(), async ({ base, head }, seed) => {
        expect(await diffCatalogs(base, reorder(base, seed), { oracle, now: NOW })).toEqual([]);
        const findings = await diffCatalogs(base, head, { oracle, now: NOW });
        expect(
          (await diffCatalogs(reorder(base, seed), reorder(head, seed + 1), { oracle, now: NOW })).map(
            (f) => `${f.rule} ${f.subject} ${f.path}`,
          ),
        ).toEqual(findings.map((f) => `${f.rule} ${f.subject} ${f.path}`));
      }),
      { numRuns: 25 },
    );
  });
});
