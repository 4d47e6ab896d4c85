// 2026-07-28 capture notes through the snapshot file (kept, validated, not hashed) and the cache-hint and deprecated-feature
// rules at their edges: effective values, hints a base could not have recorded, lists one side does not serve.
import { describe, expect, it } from 'vitest';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Catalog } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { describeDuration } from '../../src/diff/cache-hints.js';

const catalog = (over: Partial<Catalog> = {}): Catalog => ({
  server: { name: 'demo', version: '1.0.0' },
  protocolVersion: '2026-07-28',
  capabilities: { tools: {} },
  tools: [{ name: 'echo', inputSchema: { type: 'object' } }],
  prompts: [],
  resources: [],
  resourceTemplates: [],
  ...over,
});
const rules = async (base: Catalog, head: Catalog) =>
  (await diffCatalogs(base, head, { oracle: false, witness: false })).map((f) => [f.rule, f.path, f.before ?? null, f.after ?? null]);

describe('capture notes in the snapshot file', () => {
  const notes = {
    transport: 'sse',
    cacheHints: { tools: { ttlMs: 60000, cacheScope: 'public' } },
    listOrder: { tools: 'unstable' },
    serverRequests: ['sampling/createMessage', 'roots/list', 'roots/list'],
  } as const;

  it('survives writing and reading back, canonical (sorted, deduplicated), and leaves the catalog hash alone', () => {
    const snap = toSnapshot(catalog({ ...notes, serverRequests: [...notes.serverRequests] }));
    const back = toSnapshot(parseCatalogJson(JSON.parse(serializeSnapshot(snap)), 'snap.json').catalog);
    expect(back).toMatchObject({ ...notes, serverRequests: ['roots/list', 'sampling/createMessage'] });
    expect(serializeSnapshot(back)).toBe(serializeSnapshot(snap));
    expect(snap.hashes.catalog).toBe(toSnapshot(catalog()).hashes.catalog);
  });

  it('drops hand-edited notes of another shape instead of guessing', () => {
    const { catalog: read } = parseCatalogJson(
      {
        tools: [],
        transport: 'carrier-pigeon',
        cacheHints: { tools: 'public', nope: { ttlMs: 1 } },
        listOrder: { tools: 'sometimes', prompts: 'stable' },
        serverRequests: ['roots/list', 'evil/<script>', 42],
      },
      'edited.json',
    );
    expect(read.transport).toBeUndefined();
    expect(read.cacheHints).toBeUndefined();
    expect(read.listOrder).toEqual({ prompts: 'stable' });
    expect(read.serverRequests).toEqual(['roots/list']);
  });
});

describe('cache hints by effective value', () => {
  it('an absent or negative ttlMs is 0 and an absent or unknown scope is private: spelling a default out is no change', async () => {
    const base = catalog({ cacheHints: {} });
    expect(await rules(base, catalog({ cacheHints: { tools: { ttlMs: -5, cacheScope: 'private' } } }))).toEqual([]);
    expect(await rules(base, catalog({ cacheHints: { tools: { ttlMs: 0, cacheScope: 'shared' } } }))).toEqual([]);
    expect(await rules(base, catalog({ cacheHints: { tools: { cacheScope: 'public' } } }))).toEqual([
      ['list-cache-scope-changed', '/cacheHints/tools/cacheScope', null, 'public'],
    ]);
  });

  it('a 2026-07-28 base without recorded hints (written before they were recorded) is not compared', async () => {
    expect(await rules(catalog(), catalog({ cacheHints: { tools: { ttlMs: 5000, cacheScope: 'public' } } }))).toEqual([]);
  });

  it('a list one side does not serve has no cache finding (its capability finding says it)', async () => {
    const head = catalog({ capabilities: { tools: {}, prompts: {} }, cacheHints: { prompts: { ttlMs: 9000, cacheScope: 'public' } } });
    expect(await rules(catalog({ cacheHints: {} }), head)).toEqual([['server-capability-added', '/capabilities/prompts', null, {}]]);
  });

  it('quotes a scope the server sent shortened in the message', async () => {
    const [f] = await diffCatalogs(
      catalog({ cacheHints: { tools: { cacheScope: 'public' } } }),
      catalog({ cacheHints: { tools: { cacheScope: 'x'.repeat(500) } } }),
      { oracle: false, witness: false },
    );
    expect(f!.message).toMatch(/^tools\/list cacheScope changed from "public" to "private" \(sent as "x{38}…\): /);
  });

  it('says durations as a person reads them', () => {
    expect([0, 250, 90_000, 300_000, 86_400_000].map(describeDuration)).toEqual([
      'no time (re-fetch on every use)',
      '250 ms',
      '90 s',
      '5 min',
      '24 h',
    ]);
  });
});

describe('deprecated features', () => {
  it('adoption needs a base that recorded the evidence; logging is always recorded', async () => {
    const sse = { transport: 'sse' as const, serverRequests: ['roots/list'] };
    expect(await rules(catalog(), catalog(sse))).toEqual([]);
    expect(await rules(catalog({ transport: 'stdio', serverRequests: [] }), catalog(sse))).toEqual([
      ['deprecated-feature-adopted', '/serverRequests', null, 'roots/list'],
      ['deprecated-feature-adopted', '/transport', null, 'sse'],
    ]);
    expect((await rules(catalog(), catalog({ capabilities: { tools: {}, logging: {} } })))[0]).toEqual([
      'deprecated-feature-adopted',
      '/capabilities/logging',
      null,
      {},
    ]);
  });

  it('a server that stops asking for roots is not reported (absence of a request proves nothing)', async () => {
    expect(await rules(catalog({ serverRequests: ['roots/list'] }), catalog({ serverRequests: [] }))).toEqual([]);
  });
});
