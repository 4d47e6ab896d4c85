// Runs every catalog fixture pair through the engine and checks that every registered rule is emitted by at least one fixture.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../src/diff/index.js';
import { RULES } from '../../src/rules/registry.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Finding } from '../../src/findings/finding.js';
import { fixtureCases, loadFixtureCatalog } from '../helpers/fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/catalogs');
/** Fixture dates are far in the past or future, but "now" is fixed anyway so the suite never changes with the calendar. */
const NOW = new Date('2026-11-21T12:00:00Z');

interface Expected {
  rule: string;
  severity: string;
  subject?: string;
  tool?: string;
  path: string;
  message: string;
}

const cases = fixtureCases(root);

function load(dir: string, file: string) {
  return loadFixtureCatalog(root, dir, file);
}

/** A finding as the fixtures pin it: rule, severity, subject, path and the exact message. */
function key(f: { rule: string; severity: string; subject: string; path: string; message: string }): string {
  return `${f.rule} ${f.severity} ${JSON.stringify(f.subject)} ${JSON.stringify(f.path)} ${JSON.stringify(f.message)}`;
}

const oracle = new SchemaOracle();
const emitted = new Set<string>();
afterAll(() => oracle.close());

describe('catalog fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(40));

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected[];
    for (const e of expected) expect(typeof e.message, `${name}: ${e.rule} pins its message`).toBe('string');
    const findings: Finding[] = await diffCatalogs(load(name, 'base.json'), load(name, 'head.json'), { oracle, now: NOW });
    for (const f of findings) {
      emitted.add(f.rule);
      // Every finding is complete: tool findings name their tool, and every message is a sentence.
      if (f.kind === 'tool') expect(f.tool).toBe(f.subject);
      expect(f.message.length).toBeGreaterThan(10);
    }
    expect(findings.map(key).sort()).toEqual(expected.map((e) => key({ ...e, subject: e.subject ?? e.tool ?? '' })).sort());
  });

  it('emits every registered rule in at least one fixture', () => {
    // Catalog-quality rules (lint, footprint) are not diff rules: fixtures/quality covers them (test/quality/fixtures.test.ts).
    const missing = RULES.filter((r) => r.family === 'change')
      .map((r) => r.id)
      .filter((id) => !emitted.has(id));
    expect(missing).toEqual([]);
  });
});
