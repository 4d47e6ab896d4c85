// Runs every catalog-quality fixture pair (fixtures/quality/<rule>) through diff + quality and checks new vs already-there findings; every quality rule has a fixture.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { QualityPolicy } from '../../src/config/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { RULES } from '../../src/rules/registry.js';
import type { Finding } from '../../src/findings/finding.js';
import { assessQuality } from '../../src/quality/index.js';
import { fixtureCases, loadFixtureCatalog } from '../helpers/fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/quality');

interface Expected {
  rule: string;
  severity: string;
  subject: string;
  path: string;
}

const cases = fixtureCases(root);

function load(dir: string, file: string) {
  return toSnapshot(loadFixtureCatalog(root, dir, file));
}

const key = (f: Expected | Finding) => `${f.rule} ${f.severity} ${JSON.stringify(f.subject)} ${JSON.stringify(f.path)}`;
const emitted = new Set<string>();

describe('catalog-quality fixtures', () => {
  it('has one fixture per quality rule at least', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as { new: Expected[]; existing: Expected[] };
    const configFile = path.join(root, name, 'config.json');
    // Each fixture isolates its rule: footprint growth is silenced unless the fixture's config sets a threshold.
    const quality: QualityPolicy = {
      footprintGrowthPercent: 1_000_000,
      ...(existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {}),
    };
    const base = load(name, 'base.json'),
      head = load(name, 'head.json');
    const diffFindings = await diffCatalogs(base, head, { oracle: false });
    const result = await assessQuality(base, head, { quality, diffFindings });
    for (const f of [...result.findings, ...(result.existing ?? [])]) {
      emitted.add(f.rule);
      if (f.kind === 'tool') expect(f.tool).toBe(f.subject);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(result.findings.map(key).sort(), 'new in this change').toEqual(expected.new.map(key).sort());
    expect((result.existing ?? []).map(key).sort(), 'already there').toEqual(expected.existing.map(key).sort());
  });

  it('emits every catalog-quality rule in at least one fixture', () => {
    const quality = RULES.filter((r) => r.family === 'quality').map((r) => r.id);
    expect(quality.length).toBeGreaterThanOrEqual(12);
    expect(quality.filter((id) => !emitted.has(id))).toEqual([]);
  });
});
