// Network $refs newly introduced in a tool's schemas (src/diff/network-refs.ts): the finding, its message, and what is not one.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import { diffNetworkRefs, networkRefs } from '../../src/diff/network-refs.js';
import type { Json } from '../../src/findings/json.js';

const catalog = (inputSchema: Json): Catalog => ({
  server: {},
  capabilities: {},
  tools: [{ name: 'search', inputSchema }],
  prompts: [],
  resources: [],
  resourceTemplates: [],
});
const filter = (ref?: string): Json => ({ type: 'object', properties: { filter: ref ? { $ref: ref } : { type: 'object' } } });

describe('input-schema-network-ref-added', () => {
  it('names the URI, where it is, and why validating clients refuse the call', () => {
    expect(diffNetworkRefs(catalog(filter()), catalog(filter('https://schemas.example.com/filter.json')), [])).toEqual([
      {
        rule: 'input-schema-network-ref-added',
        severity: 'breaking',
        kind: 'tool',
        subject: 'search',
        tool: 'search',
        path: '/inputSchema/properties/filter/$ref',
        after: 'https://schemas.example.com/filter.json',
        message:
          'Tool "search": the inputSchema now references the network schema "https://schemas.example.com/filter.json" at "/properties/filter". MCP 2026-07-28 forbids clients to fetch it and says a schema that fails to validate because of an unresolved external $ref SHOULD be rejected (basic/index, "$ref Resolution"), so clients that validate arguments reject every call. Copy the referenced schema under $defs and point to it with "#/$defs/…".',
      },
    ]);
  });

  it('is not reported when the base referenced the same URI, for a new tool, or for a local pointer', () => {
    const ref = 'https://schemas.example.com/filter.json';
    expect(diffNetworkRefs(catalog(filter(ref)), catalog({ ...(filter(ref) as object), required: ['filter'] }), [])).toEqual([]);
    expect(diffNetworkRefs({ ...catalog(filter()), tools: [] }, catalog(filter(ref)), [])).toEqual([]);
    expect(diffNetworkRefs(catalog(filter()), catalog(filter('#/$defs/filter')), [])).toEqual([]);
  });

  it('treats a URI an embedded $id names as local, and ignores $ref text inside data keywords', () => {
    expect([
      ...networkRefs({
        $id: 'https://x.example/s.json',
        properties: { a: { $ref: 'https://x.example/s.json#/$defs/a' } },
        default: { $ref: 'https://y.example/' },
      }).keys(),
    ]).toEqual([]);
    expect([...networkRefs({ anyOf: [{ $ref: 'HTTP://y.example/a.json' }] }).entries()]).toEqual([
      ['HTTP://y.example/a.json', '/anyOf/0/$ref'],
    ]);
  });
});
