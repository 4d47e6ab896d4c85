import { describe, expect, it } from 'vitest';
import { canonicalize, hashCatalog, MAX_NESTING_DEPTH, serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { UserError } from '../../src/errors.js';
import type { Catalog } from '../../src/catalog/types.js';

function catalog(overrides: Partial<Catalog> = {}): Catalog {
  return {
    server: { name: 'weather', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: { listChanged: true }, prompts: {} },
    tools: [
      {
        name: 'get_forecast',
        description: 'Forecast',
        inputSchema: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] },
      },
      { name: 'alerts', inputSchema: { type: 'object' }, _meta: { 'com.example/tier': 'free', timestamp: '2026-01-01T00:00:00Z' } },
    ],
    prompts: [{ name: 'summary' }],
    resources: [
      { uri: 'weather://b', name: 'b', annotations: { lastModified: '2026-01-01', priority: 1 } },
      { uri: 'weather://a', name: 'a' },
    ],
    resourceTemplates: [],
    ...overrides,
  };
}

describe('canonical snapshot', () => {
  it('sorts tools, prompts and resources by their key', () => {
    const c = canonicalize(catalog());
    expect(c.tools.map((t) => t.name)).toEqual(['alerts', 'get_forecast']);
    expect(c.resources.map((r) => r.uri)).toEqual(['weather://a', 'weather://b']);
  });

  it('is byte-identical whatever order the server lists things and keys in', () => {
    const a = catalog();
    const reordered: Catalog = {
      ...a,
      tools: [...a.tools].reverse().map((t) => Object.fromEntries(Object.entries(t).reverse()) as typeof t),
      resources: [...a.resources].reverse(),
      capabilities: { prompts: {}, tools: { listChanged: true } },
    };
    expect(serializeSnapshot(toSnapshot(reordered))).toBe(serializeSnapshot(toSnapshot(a)));
  });

  it('drops volatile _meta keys and resource lastModified but keeps the rest', () => {
    const snap = toSnapshot(catalog());
    const alerts = snap.tools.find((t) => t.name === 'alerts')!;
    expect(alerts._meta).toEqual({ 'com.example/tier': 'free' });
    expect(snap.resources[1].annotations).toEqual({ priority: 1 });
    const noTimestamp = catalog();
    (noTimestamp.tools[1]._meta as Record<string, unknown>).timestamp = '2030-12-31T00:00:00Z';
    expect(toSnapshot(noTimestamp).hashes).toEqual(snap.hashes);
  });

  it('hashes each tool and the catalog; a contract change moves both, a version bump moves neither', () => {
    const base = toSnapshot(catalog());
    expect(base.hashes.catalog).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(base.hashes.tools)).toEqual(['alerts', 'get_forecast']);

    const bumped = toSnapshot(catalog({ server: { name: 'weather', version: '9.9.9' } }));
    expect(bumped.hashes).toEqual(base.hashes);

    const changed = catalog();
    changed.tools[0] = { ...changed.tools[0], description: 'Forecast for a city' };
    const head = toSnapshot(changed);
    expect(head.hashes.catalog).not.toBe(base.hashes.catalog);
    expect(head.hashes.tools.get_forecast).not.toBe(base.hashes.tools.get_forecast);
    expect(head.hashes.tools.alerts).toBe(base.hashes.tools.alerts);
  });

  it('a tool name listed twice keeps one key whose hash covers both definitions, whatever order they came in', () => {
    const web = { name: 'search', description: 'Search the web.', inputSchema: { type: 'object' } };
    const local = { name: 'search', description: 'Search local files.', inputSchema: { type: 'object' } };
    const snap = toSnapshot(catalog({ tools: [web, local] }));
    expect(Object.keys(snap.hashes.tools)).toEqual(['search']);
    expect(snap.hashes.tools.search).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(toSnapshot(catalog({ tools: [local, web] })).hashes.tools).toEqual(snap.hashes.tools);
    // Neither definition's own hash: a change to either one moves it.
    const alone = (tool: typeof web) => toSnapshot(catalog({ tools: [tool] })).hashes.tools.search;
    expect([alone(web), alone(local)]).not.toContain(snap.hashes.tools.search);
    for (const edited of [
      [{ ...web, description: 'Search the whole web.' }, local],
      [web, { ...local, inputSchema: { type: 'object', required: ['q'] } }],
    ]) {
      expect(toSnapshot(catalog({ tools: edited })).hashes.tools.search).not.toBe(snap.hashes.tools.search);
    }
  });

  it('keeps a tool named __proto__ in the hash map', () => {
    const snap = toSnapshot(catalog({ tools: [{ name: '__proto__', inputSchema: { type: 'object' } }] }));
    expect(Object.keys(snap.hashes.tools)).toEqual(['__proto__']);
    const stored = JSON.parse(serializeSnapshot(snap)) as { tools: { sha256: string; tool: { name: string } }[] };
    expect(stored.tools.map((e) => [e.tool.name, e.sha256])).toEqual([['__proto__', snap.hashes.tools['__proto__']]]);
  });

  it('does not modify its input', () => {
    const input = catalog();
    const copy = structuredClone(input);
    toSnapshot(input);
    expect(input).toEqual(copy);
  });

  it('keeps unknown fields the server sent', () => {
    const c = catalog();
    c.tools[0] = { ...c.tools[0], 'x-vendor': { a: 1 }, execution: { taskSupport: 'optional' } };
    const t = toSnapshot(c).tools.find((x) => x.name === 'get_forecast')!;
    expect(t['x-vendor']).toEqual({ a: 1 });
    expect(t.execution).toEqual({ taskSupport: 'optional' });
  });

  it('writes formatVersion first and a trailing newline', () => {
    const text = serializeSnapshot(toSnapshot(catalog()));
    expect(text.startsWith('{\n  "formatVersion": 2,\n  "server"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(hashCatalog(canonicalize(catalog()))).toBe(toSnapshot(catalog()).hashes.catalog);
  });

  it('refuses an entry nested deeper than the limit with a UserError (no stack overflow), and accepts one at the limit', () => {
    // `levels` nested objects: { a: { a: … { type: 'string' } } }.
    const nested = (levels: number) => {
      let schema: Record<string, unknown> = { type: 'string' };
      for (let i = 1; i < levels; i++) schema = { a: schema };
      return schema;
    };
    // The tool object itself is one level, its inputSchema the next.
    const ok = catalog({ tools: [{ name: 'deep', inputSchema: nested(MAX_NESTING_DEPTH - 1) as never }] });
    expect(toSnapshot(ok).tools).toHaveLength(1);
    const tooDeep = catalog({ tools: [{ name: 'deep', inputSchema: nested(20_000) as never }] });
    expect(() => toSnapshot(tooDeep)).toThrow(UserError);
    expect(() => toSnapshot(tooDeep)).toThrow(/tool "deep" is nested more than 1000 levels deep/);
  });
  it('a catalog canonicalised beside a peer (the base of a diff) gives the same bytes and hashes as alone', () => {
    const base = catalog({
      tools: [
        ...catalog().tools,
        { name: 'same_keys_other_order', inputSchema: { type: 'object', properties: { a: { type: 'string' } } } },
        { name: 'dup', description: 'one' },
        { name: 'dup', description: 'two' },
        { name: 'changed', inputSchema: { type: 'object', properties: { n: { type: 'integer', maximum: 5 } } } },
      ],
    });
    const head = catalog({
      tools: [
        ...catalog().tools.map((t) => JSON.parse(JSON.stringify(t))),
        { name: 'same_keys_other_order', inputSchema: { properties: { a: { type: 'string' } }, type: 'object' } },
        { name: 'dup', description: 'two' },
        { name: 'dup', description: 'one' },
        { name: 'changed', inputSchema: { type: 'object', properties: { n: { type: 'integer', maximum: 4 } } } },
        { name: 'added', description: 'new' },
      ],
    });
    const baseSnap = toSnapshot(base);
    const alone = toSnapshot(JSON.parse(JSON.stringify(head)));
    const beside = toSnapshot(head, base);
    expect(serializeSnapshot(beside)).toBe(serializeSnapshot(alone));
    // An identical tool shares the base's canonical object; a changed one does not.
    expect(beside.tools.find((t) => t.name === 'get_forecast')).toBe(baseSnap.tools.find((t) => t.name === 'get_forecast'));
    expect(beside.tools.find((t) => t.name === 'changed')).not.toBe(baseSnap.tools.find((t) => t.name === 'changed'));
    expect(beside.hashes.tools.changed).not.toBe(baseSnap.hashes.tools.changed);
    // The depth limit still holds for head tools that differ from the base's.
    const deep: Record<string, unknown> = { type: 'string' };
    let schema = deep;
    for (let i = 0; i < 2 * MAX_NESTING_DEPTH; i++) schema = { a: schema };
    expect(() => toSnapshot(catalog({ tools: [{ name: 'alerts', inputSchema: schema as never }] }), base)).toThrow(
      /tool "alerts" is nested more than 1000 levels deep/,
    );
  });
});

describe('keys named "__proto__" (untrusted JSON)', () => {
  // JSON.parse makes "__proto__" an own key; a copy made by assignment would set the prototype and drop it.
  const withProto = (type: string) =>
    JSON.parse(
      `{"tools":[{"name":"t","inputSchema":{"type":"object","properties":{"b":{"type":"string"},"__proto__":{"type":"${type}"}},"required":["__proto__"]},"_meta":{"__proto__":{"x":1},"timestamp":"now"}}]}`,
    );
  const cat = (type: string): Catalog => ({
    server: {},
    capabilities: {},
    prompts: [],
    resources: [],
    resourceTemplates: [],
    tools: withProto(type).tools,
  });

  it('stay data in the canonical form, the snapshot file and the hash', () => {
    const snap = toSnapshot(cat('string'));
    const tool = snap.tools[0]!;
    const props = (tool.inputSchema as Record<string, unknown>).properties as Record<string, unknown>;
    expect(Object.keys(props)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(tool._meta as object)).toEqual(['__proto__']);
    expect(serializeSnapshot(snap)).toContain('"__proto__": {\n');
    expect(toSnapshot(cat('integer')).hashes.tools.t).not.toBe(snap.hashes.tools.t);
  });

  it('a change under one is a finding (it used to vanish from both sides)', async () => {
    const { diffCatalogs } = await import('../../src/diff/index.js');
    const findings = await diffCatalogs(cat('string'), cat('integer'), { oracle: false });
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual([
      'breaking input-type-changed /inputSchema/properties/__proto__/type',
    ]);
  });
});
