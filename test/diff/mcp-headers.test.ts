// x-mcp-header change rules (src/diff/mcp-headers.ts) through diffCatalogs, and the declaration reader they share with the lint.
import { afterAll, describe, expect, it } from 'vitest';
import { readMcpHeaders } from '../../src/catalog/mcp-headers.js';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Json } from '../../src/findings/json.js';

function catalog(properties: Record<string, Json>, protocolVersion?: string): Catalog {
  const tool: ToolDef = { name: 'execute_sql', description: 'Runs SQL.', inputSchema: { type: 'object', properties } };
  return {
    server: { name: 's', version: '1.0.0' },
    ...(protocolVersion ? { protocolVersion } : {}),
    capabilities: {},
    tools: [tool],
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}
const region = (header?: Json, type: Json = 'string'): Json => ({ type, ...(header !== undefined ? { 'x-mcp-header': header } : {}) });
// The real oracle: the walker leaves an `x-` keyword change undecided, and the oracle proves the value sets equal.
const oracle = new SchemaOracle();
afterAll(() => oracle.close());
const diff = (a: Catalog, b: Catalog) => diffCatalogs(a, b, { oracle, now: new Date('2026-11-21T00:00:00Z') });

describe('x-mcp-header changes', () => {
  it('reports "Region" → "Region Name" as a tool HTTP clients must drop (the issue\'s "no changes")', async () => {
    const findings = await diff(catalog({ region: region('Region') }), catalog({ region: region('Region Name') }));
    expect(findings).toEqual([
      {
        rule: 'input-mcp-header-became-invalid',
        severity: 'breaking',
        kind: 'tool',
        subject: 'execute_sql',
        tool: 'execute_sql',
        path: '/inputSchema/properties/region/x-mcp-header',
        after: 'Region Name',
        message:
          'Tool "execute_sql": parameter "region" declares x-mcp-header "Region Name", which contains a space, outside the HTTP token characters (letters, digits and !#$%&\'*+-.^_`|~; RFC 9110 section 5.1). Clients on the Streamable HTTP transport MUST exclude a tool with an invalid x-mcp-header from tools/list (MCP 2026-07-28, server/tools "x-mcp-header"), so "execute_sql" disappears for every HTTP client that could call it before. Fix the declaration or remove it.',
      },
    ]);
  });

  it('reports a header on a number parameter, and names integer as the allowed alternative', async () => {
    const [f] = await diff(catalog({ limit: { type: 'number' } }), catalog({ limit: region('Limit', 'number') }));
    expect(f?.rule).toBe('input-mcp-header-became-invalid');
    expect(f?.message).toContain(
      'declares x-mcp-header "Limit", which is on a parameter of type "number", but only integer, string and boolean parameters may carry a header ("number" is explicitly excluded: use "integer")',
    );
  });

  it('names both headers of a rename, and the parameter of an addition or removal', async () => {
    const [renamed] = await diff(catalog({ region: region('Region') }), catalog({ region: region('Zone') }));
    expect(renamed).toMatchObject({ rule: 'input-mcp-header-renamed', before: 'Region', after: 'Zone' });
    expect(renamed?.message).toBe(
      'Tool "execute_sql": parameter "region" now travels in the "Mcp-Param-Zone" header instead of "Mcp-Param-Region"; gateways and proxies that route or filter on "Mcp-Param-Region" no longer receive it, and the server rejects calls from clients holding the old inputSchema (HeaderMismatch) until they list tools again. Keep the old header name, or ship this as a breaking change.',
    );
    const [removed] = await diff(catalog({ region: region('Region') }), catalog({ region: region() }));
    expect(removed?.message).toBe(
      'Tool "execute_sql": parameter "region" is no longer mirrored into the "Mcp-Param-Region" header; gateways and proxies that route or filter on it no longer receive it. Keep the x-mcp-header declaration, or ship this as a breaking change.',
    );
    const [added] = await diff(catalog({ region: region() }), catalog({ region: region('Region') }));
    expect(added?.rule).toBe('input-mcp-header-added');
    expect(added?.message).toContain('parameter "region" is now mirrored into the "Mcp-Param-Region" header');
  });

  it('ignores a case-only change (header names are case-insensitive) and a protocol before 2026-07-28', async () => {
    expect(await diff(catalog({ region: region('Region') }), catalog({ region: region('REGION') }))).toEqual([]);
    expect(
      await diff(catalog({ region: region('Region') }, '2025-11-25'), catalog({ region: region('Region Name') }, '2025-11-25')),
    ).toEqual([]);
  });

  it('applies once the head negotiates 2026-07-28, even when the base did not: the tool newly disappears', async () => {
    const findings = await diff(
      catalog({ region: region('Region Name') }, '2025-11-25'),
      catalog({ region: region('Region Name') }, '2026-07-28'),
    );
    expect(findings.map((f) => f.rule).sort()).toEqual(['input-mcp-header-became-invalid', 'server-protocol-version-changed']);
  });

  it('does not repeat a problem the base version already had', async () => {
    expect(
      await diff(catalog({ region: region('Region Name') }), catalog({ region: region('Region Name'), query: { type: 'string' } })),
    ).toEqual([expect.objectContaining({ rule: 'input-property-added-optional' })]);
  });
});

describe('readMcpHeaders', () => {
  const problems = (schema: Json) => readMcpHeaders(schema).declarations.map((d) => [d.pointer, d.problems]);

  it('accepts integer, string, boolean, a nullable primitive, no type, and nested properties', () => {
    expect(
      problems({
        type: 'object',
        properties: {
          a: region('A', 'integer'),
          b: region('B', 'boolean'),
          c: region('C', ['string', 'null']),
          d: { 'x-mcp-header': 'D', enum: ['x'] },
          o: { type: 'object', properties: { e: region('E') } },
        },
      }),
    ).toEqual([
      ['/properties/a', []],
      ['/properties/b', []],
      ['/properties/c', []],
      ['/properties/d', []],
      ['/properties/o/properties/e', []],
    ]);
  });

  it('rejects each constraint of server/tools "x-mcp-header"', () => {
    expect(
      problems({
        type: 'object',
        'x-mcp-header': 'Root',
        properties: {
          a: region(''),
          b: region(7),
          c: region('A\r\n'),
          d: region('Région'),
          e: region('Obj', 'object'),
          f: region('only-null', 'null'),
          g: { anyOf: [region('G')] },
          h: region('a'),
        },
      }),
    ).toEqual([
      ['', ['type-not-allowed', 'not-statically-reachable']],
      ['/properties/a', ['empty']],
      ['/properties/b', ['not-a-string']],
      ['/properties/c', ['control-character']],
      ['/properties/d', ['not-a-token']],
      ['/properties/e', ['type-not-allowed']],
      ['/properties/f', ['type-not-allowed']],
      ['/properties/g/anyOf/0', ['not-statically-reachable']],
      ['/properties/h', []],
    ]);
  });

  it('treats an x-mcp-header key inside data (enum, default) or under an unknown keyword as data', () => {
    expect(
      problems({
        type: 'object',
        properties: { a: { type: 'object', default: { 'x-mcp-header': 'X' } } },
        'x-extension': { 'x-mcp-header': 'Y' },
      }),
    ).toEqual([]);
  });

  it('flags the later of two names that differ only in case, naming the first', () => {
    const [, second] = readMcpHeaders({ type: 'object', properties: { a: region('Tenant'), b: region('TENANT') } }).declarations;
    expect(second?.reasons).toEqual(['repeats the header name of parameter "a" ("Tenant"; header names compare case-insensitively)']);
  });
});
