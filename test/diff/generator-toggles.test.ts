// The catalog-wide output toggle: info only when every output schema's root opened at once, in two or more tools.
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Json } from '../../src/findings/json.js';

const oracle = new SchemaOracle();
afterAll(() => oracle.close());

const tool = (name: string, closed: boolean): Json => ({
  name,
  description: `${name} tool.`,
  inputSchema: { type: 'object' },
  outputSchema: { type: 'object', properties: { id: { type: 'string' } }, ...(closed ? { additionalProperties: false } : {}) },
});
const catalog = (tools: Json[]) => parseCatalogJson({ tools }, 'test').catalog;

async function rootRules(base: Json[], head: Json[]): Promise<string[]> {
  const findings = await diffCatalogs(catalog(base), catalog(head), { oracle });
  return findings.map((f) => `${f.severity} ${f.rule} ${f.subject}`).sort();
}

describe('output roots opened across the catalog', () => {
  it('all of two or more: a generator artefact (info), and the witness search takes it as its own case', async () => {
    expect(await rootRules([tool('a', true), tool('b', true)], [tool('a', false), tool('b', false)])).toEqual([
      'info output-additional-properties-generator-artefact a',
      'info output-additional-properties-generator-artefact b',
    ]);
  });

  it('one tool opened while another stays closed, or a single tool: that tool changed (warning)', async () => {
    expect(await rootRules([tool('a', true), tool('b', true)], [tool('a', false), tool('b', true)])).toEqual([
      'warning output-additional-properties-allowed a',
    ]);
    expect(await rootRules([tool('a', true)], [tool('a', false)])).toEqual(['warning output-additional-properties-allowed a']);
  });

  it('counts a renamed tool under its old name', async () => {
    const renamed = { ...(tool('getUser', false) as object), name: 'get_user' };
    expect(await rootRules([tool('getUser', true), tool('b', true)], [renamed, tool('b', false)])).toEqual([
      'breaking tool-renamed get_user',
      'info output-additional-properties-generator-artefact b',
      'info output-additional-properties-generator-artefact get_user',
    ]);
  });
});
