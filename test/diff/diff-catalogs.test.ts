// diffCatalogs as a whole: deterministic order, one batched oracle call, equal tools skipped, raw list files, snapshots, edge cases of pairing.
import { afterAll, describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import type { Json } from '../../src/findings/json.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { compareFindings } from '../../src/findings/finding.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Finding } from '../../src/findings/finding.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const realOracle = new SchemaOracle();
afterAll(() => realOracle.close());

/** A real oracle that counts how it is called (not a mock: every check runs for real). */
function countingOracle() {
  const calls: number[] = [];
  const oracle = {
    check: (pairs: Parameters<SchemaOracle['check']>[0]) => {
      calls.push(pairs.length);
      return realOracle.check(pairs);
    },
    close: async () => {},
  } as unknown as SchemaOracle;
  return { oracle, calls };
}

function catalog(tools: ToolDef[], extra: Partial<Catalog> = {}): Catalog {
  return {
    server: { name: 'demo', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {} },
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
    ...extra,
  };
}

const tool = (
  name: string,
  inputSchema: Json = { type: 'object', properties: { q: { type: 'string' } } },
  more: Partial<ToolDef> = {},
): ToolDef => ({ name, description: 'Does it.', inputSchema, ...more }) as ToolDef;

/** A schema whose change the structural walker cannot decide (`not` is opaque to it), so the oracle must look. */
/** A conditional whose `if` changes with `values`: the one change the walker leaves undecided (keywords.ts). */
const withIf = (values: string[]): Json => ({
  type: 'object',
  properties: { mode: { type: 'string' }, a: { type: 'string' } },
  if: { properties: { mode: { enum: values } }, required: ['mode'] },
  then: { required: ['a'] },
});

const brief = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.subject} ${f.path}`);

describe('diffCatalogs', () => {
  it('sends every undecided schema pair of the catalog to the oracle in one call', async () => {
    const { oracle, calls } = countingOracle();
    const base = catalog([tool('a', withIf(['x'])), tool('b', withIf(['x'])), tool('same', withIf(['x']))]);
    const head = catalog([tool('a', withIf(['x', 'y'])), tool('b', withIf(['x', 'y'])), tool('same', withIf(['x']))]);
    const findings = await diffCatalogs(base, head, { oracle, now: NOW });
    // Two changed tools → one call with two pairs; the unchanged tool "same" (equal hash) is never walked.
    expect(calls).toEqual([2]);
    expect(findings.map((f) => f.subject).sort()).toEqual(['a', 'b']);
    for (const f of findings) {
      expect(f.path.startsWith('/inputSchema')).toBe(true);
      expect(['input-schema-narrowed', 'input-schema-inconclusive']).toContain(f.rule);
    }
  });

  it('does not call the oracle when nothing is undecided', async () => {
    const { oracle, calls } = countingOracle();
    await diffCatalogs(
      catalog([tool('a'), tool('b', withIf(['x']))]),
      catalog([tool('a', undefined, { description: 'Now does more.' }), tool('b', withIf(['x']))]),
      { oracle, now: NOW },
    );
    expect(calls).toEqual([]);
  });

  it('with the oracle off, reports undecided pairs as inconclusive and says why', async () => {
    const findings = await diffCatalogs(catalog([tool('a', withIf(['x']))]), catalog([tool('a', withIf(['x', 'y']))]), {
      oracle: false,
      now: NOW,
    });
    expect(brief(findings)).toEqual(['warning input-schema-inconclusive a /inputSchema']);
    expect(findings[0].message).toContain('--no-oracle');
  });

  it('creates and closes its own oracle when none is given', async () => {
    const findings = await diffCatalogs(catalog([tool('a', withIf(['x']))]), catalog([tool('a', withIf(['x', 'y']))]), { now: NOW });
    expect(findings).toHaveLength(1);
  });

  it('gives the same findings in the same order whatever the input order', async () => {
    const tools = [
      tool('alpha', undefined, { annotations: { readOnlyHint: true } }),
      tool('beta', { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer', maximum: 10 } }, required: ['id'] }),
      tool('gamma'),
      tool('old_name', { type: 'object', properties: { a: { type: 'string', description: 'A' }, b: { type: 'string' } } }),
    ];
    const headTools = [
      tool('alpha'),
      tool('beta', { type: 'object', properties: { id: { type: 'integer' }, n: { type: 'integer', maximum: 5 } }, required: ['id', 'n'] }),
      tool('delta'),
      tool('oldName', { type: 'object', properties: { a: { type: 'string', description: 'A' }, b: { type: 'string' } } }),
    ];
    const first = await diffCatalogs(catalog(tools), catalog(headTools), { oracle: realOracle, now: NOW });
    const second = await diffCatalogs(catalog([...tools].reverse()), catalog([...headTools].reverse()), { oracle: realOracle, now: NOW });
    expect(second).toEqual(first);
    expect([...first].sort(compareFindings)).toEqual(first);
    expect(first[0].severity).toBe('breaking');
    expect(brief(first).filter((l) => /tool-(renamed|removed|added)/.test(l))).toEqual([
      'breaking tool-removed gamma ',
      'breaking tool-renamed oldName ',
      'safe tool-added delta ',
    ]);
  });

  it('accepts snapshots and catalogs alike', async () => {
    const base = catalog([tool('a')]),
      head = catalog([tool('a', { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] })]);
    const fromCatalogs = await diffCatalogs(base, head, { oracle: false, now: NOW });
    const fromSnapshots = await diffCatalogs(toSnapshot(base), toSnapshot(head), { oracle: false, now: NOW });
    expect(fromSnapshots).toEqual(fromCatalogs);
    expect(brief(fromCatalogs)).toEqual(['breaking input-property-became-required a /inputSchema/properties/q']);
  });

  it('treats a raw tools/list file as silent about prompts, resources and the server', async () => {
    const raw: Catalog = { server: {}, capabilities: {}, tools: [tool('a')], prompts: [], resources: [], resourceTemplates: [] };
    const captured = catalog([tool('a')], {
      capabilities: { tools: {}, prompts: {}, resources: {} },
      prompts: [{ name: 'p' }],
      resources: [{ uri: 'file:///x' }],
      instructions: 'Be nice.',
    });
    expect(await diffCatalogs(raw, captured, { oracle: false, now: NOW })).toEqual([]);
    expect(await diffCatalogs(captured, raw, { oracle: false, now: NOW })).toEqual([]);
  });

  it('does not treat a tool removed after its sunset as the old half of a rename', async () => {
    const old = tool('export', undefined, { _meta: { deprecated: { sunset: '2026-01-01' } } });
    const findings = await diffCatalogs(catalog([old]), catalog([tool('export_v2')]), { oracle: false, now: NOW });
    expect(brief(findings)).toEqual(['warning tool-removed-after-deprecation export ', 'safe tool-added export_v2 ']);
    // Before the sunset the same change is a rename, which breaks callers.
    const early = await diffCatalogs(catalog([old]), catalog([tool('export_v2')]), { oracle: false, now: new Date('2025-12-01') });
    expect(brief(early)).toEqual(['breaking tool-renamed export_v2 ']);
  });

  it('reports a duplicate tool name only when the head introduced it', async () => {
    const dup = [tool('a'), tool('a', undefined, { description: 'Other.' })];
    expect(brief(await diffCatalogs(catalog([tool('a')]), catalog(dup), { oracle: false, now: NOW }))).toEqual([
      'warning catalog-duplicate-tool-name a ',
    ]);
    expect(await diffCatalogs(catalog(dup), catalog([...dup].reverse()), { oracle: false, now: NOW })).toEqual([]);
  });

  it('does not call a successor dual-registered when the old tool broke', async () => {
    const base = catalog([tool('search')]);
    const head = catalog([tool('search', { type: 'object', properties: { q: { type: 'integer' } } }), tool('search_v2')]);
    const rules = (await diffCatalogs(base, head, { oracle: false, now: NOW })).map((f) => f.rule);
    expect(rules).toContain('tool-added');
    expect(rules).not.toContain('tool-dual-registered');
  });

  it('quotes catalog text raw in messages and keeps a word diff for descriptions', async () => {
    const findings = await diffCatalogs(
      catalog([tool('a', undefined, { description: 'Reads <b>files</b>.' })]),
      catalog([tool('a', undefined, { description: 'Reads <b>files</b> | and `secrets`.' })]),
      { oracle: false, now: NOW },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'tool-description-changed',
      tool: 'a',
      before: 'Reads <b>files</b>.',
      after: 'Reads <b>files</b> | and `secrets`.',
    });
    expect(findings[0].extra?.wordDiff).toBe('Reads [-<b>files</b>.-]{+<b>files</b> | and `secrets`.+}');
  });
});
