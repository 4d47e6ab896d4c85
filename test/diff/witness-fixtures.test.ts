// Every breaking schema finding of the catalog fixtures carries a witness a fresh ajv confirms against both schemas, or a stated reason; the cases without one are listed here.
import { speaksOfValues } from '../../src/diff/schema/witness.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Catalog } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Json } from '../../src/findings/json.js';
import { fixtureCases, loadFixtureCatalog } from '../helpers/fixtures.js';
import { showsBreak } from './witness-check.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/catalogs');
const NOW = new Date('2026-11-21T12:00:00Z');

/** The breaking schema findings that have no witness, and why (each reason is a fact about the case, not a budget). */
const WITHOUT_WITNESS: Record<string, RegExp> = {
  'catalog-duplicate-definition-changed input-property-added-required': /listed more than once/,
  'output-schema-removed output-schema-removed': /declares no outputSchema/,
};

function schemaOf(catalog: Catalog, tool: string, key: 'inputSchema' | 'outputSchema'): Json {
  const t = catalog.tools.find((x) => x.name === tool);
  return (t?.[key] as Json | undefined) ?? { type: 'object' };
}

const oracle = new SchemaOracle();
afterAll(() => oracle.close());

/**
 * Checks every finding of one diff: a witness only on breaking findings about the values a schema accepts, each one
 * confirmed by a fresh ajv against both schemas. Returns the ids ("<name> <rule>") of breaking findings without one.
 */
function checkWitnesses(name: string, base: Catalog, head: Catalog, findings: Finding[]): { witnesses: number; without: Finding[] } {
  const renamedFrom = new Map(findings.filter((f) => f.rule === 'tool-renamed').map((f) => [f.subject, String(f.extra?.from)]));
  let witnesses = 0;
  const without: Finding[] = [];
  for (const f of findings) {
    const direction = f.rule.startsWith('input-') ? 'input' : f.rule.startsWith('output-') ? 'output' : undefined;
    if (f.severity !== 'breaking' || !direction || !speaksOfValues(f.rule)) {
      expect(f.extra?.witness, `${f.rule} is not a breaking finding about the values a schema accepts`).toBeUndefined();
      continue;
    }
    const key = direction === 'input' ? 'inputSchema' : 'outputSchema';
    if (f.extra?.witness === undefined) {
      without.push(f);
      continue;
    }
    const before = schemaOf(base, renamedFrom.get(f.subject) ?? f.subject, key),
      after = schemaOf(head, f.subject, key);
    expect(showsBreak(direction, before, after, f.extra.witness), `${name} ${f.rule} ${JSON.stringify(f.extra.witness)}`).toBe(true);
    witnesses++;
  }
  return { witnesses, without };
}

describe('witnesses on the catalog fixtures', () => {
  const seenWithout = new Set<string>();
  let witnesses = 0;

  it.each(fixtureCases(root))('%s', async (name) => {
    const base = loadFixtureCatalog(root, name, 'base.json'),
      head = loadFixtureCatalog(root, name, 'head.json');
    const findings: Finding[] = await diffCatalogs(base, head, { oracle, now: NOW, witness: { perPairMs: 5000, totalMs: 60_000 } });
    const checked = checkWitnesses(name, base, head, findings);
    witnesses += checked.witnesses;
    for (const f of checked.without) {
      const id = `${name} ${f.rule}`;
      expect(Object.keys(WITHOUT_WITNESS), `${id}: ${String(f.extra?.witnessNote)}`).toContain(id);
      expect(String(f.extra?.witnessNote)).toMatch(WITHOUT_WITNESS[id]!);
      seenWithout.add(id);
    }
  });

  it('found witnesses, and every listed exception still happens', () => {
    expect(witnesses).toBeGreaterThan(30);
    expect([...seenWithout].sort()).toEqual(Object.keys(WITHOUT_WITNESS).sort());
  });
});

/** The catalogs captured from published servers (fixtures/real): every breaking schema finding there carries a checked witness, no exception. */
const REAL_PAIRS: Array<[string, string, string]> = [
  ['everything', '2025.7.1', '2026.8.31'],
  ['filesystem', '2025.7.1', '2026.8.31'],
  ['memory', '2025.4.25', '2026.8.31'],
  ['sequential-thinking', '2025.7.1', '2026.8.31'],
];

describe('witnesses on the real catalogs', () => {
  const realRoot = path.resolve(root, '../real');
  const loadReal = (file: string): Catalog => parseCatalogJson(JSON.parse(readFileSync(path.join(realRoot, file), 'utf8')), file).catalog;
  let witnesses = 0;

  it.each(REAL_PAIRS)('%s %s → %s', async (server, from, to) => {
    const base = loadReal(`${server}-${from}.json`),
      head = loadReal(`${server}-${to}.json`);
    const findings = await diffCatalogs(base, head, { oracle, now: NOW, witness: { perPairMs: 5000, totalMs: 60_000 } });
    const checked = checkWitnesses(server, base, head, findings);
    witnesses += checked.witnesses;
    expect(checked.without.map((f) => `${f.rule} ${f.subject} ${f.path}: ${String(f.extra?.witnessNote)}`)).toEqual([]);
  });

  it('found witnesses there', () => expect(witnesses).toBeGreaterThan(0));
});
