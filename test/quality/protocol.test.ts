// Protocol-aware lint: already-invalid x-mcp-header declarations (src/quality/protocol.ts) and the outputSchema root type by negotiated revision (lint.ts).
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import type { Json } from '../../src/findings/json.js';
import { assessQuality } from '../../src/quality/index.js';
import { lintProtocol } from '../../src/quality/protocol.js';
import { diffCatalogs } from '../../src/diff/index.js';

const DESCRIPTION = 'Lists the users of one team with their identifiers and display names.';
function snapshot(tools: ToolDef[], protocolVersion?: string) {
  const c: Catalog = {
    server: { name: 's', version: '1.0.0' },
    ...(protocolVersion ? { protocolVersion } : {}),
    capabilities: {},
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
  return toSnapshot(c);
}
const team = (header?: string): Json => ({
  type: 'string',
  description: 'The team whose users to list.',
  ...(header ? { 'x-mcp-header': header } : {}),
});
const listUsers = (extra: Partial<ToolDef> = {}, header?: string): ToolDef => ({
  name: 'list_users',
  description: DESCRIPTION,
  inputSchema: { type: 'object', properties: { team: team(header) } },
  ...extra,
});

describe('input-mcp-header-invalid', () => {
  it('is already there when the base version had the same problem, with the spec consequence in the message', () => {
    const base = snapshot([listUsers({}, 'Team Name')]),
      head = snapshot([listUsers({ title: 'Users' }, 'Team Name')]);
    const lint = lintProtocol(base, head, []);
    expect(lint.new).toEqual([]);
    expect(lint.existing).toEqual([
      {
        rule: 'input-mcp-header-invalid',
        severity: 'breaking',
        kind: 'tool',
        subject: 'list_users',
        tool: 'list_users',
        path: '/inputSchema/properties/team/x-mcp-header',
        after: 'Team Name',
        message:
          'Tool "list_users": parameter "team" declares x-mcp-header "Team Name", which contains a space, outside the HTTP token characters (letters, digits and !#$%&\'*+-.^_`|~; RFC 9110 section 5.1). Clients on the Streamable HTTP transport MUST exclude a tool with an invalid x-mcp-header from tools/list (MCP 2026-07-28, server/tools "x-mcp-header"), so "list_users" disappears for every HTTP client. Fix the declaration or remove it.',
      },
    ]);
  });

  it('leaves a newly introduced problem to the diff, and reports it as new when no diff findings are given', async () => {
    const base = snapshot([listUsers({}, 'Team')]),
      head = snapshot([listUsers({}, 'Team Name')]);
    const diffFindings = await diffCatalogs(base, head, { oracle: false });
    expect(diffFindings.map((f) => f.rule)).toContain('input-mcp-header-became-invalid');
    expect(lintProtocol(base, head, diffFindings)).toEqual({ new: [], existing: [] });
    expect(lintProtocol(base, head).new.map((f) => f.rule)).toEqual(['input-mcp-header-invalid']);
  });

  it('says nothing when the head negotiated a revision before 2026-07-28', () => {
    const tools = [listUsers({}, 'Team Name')];
    expect(lintProtocol(snapshot(tools, '2025-11-25'), snapshot(tools, '2025-11-25'))).toEqual({ new: [], existing: [] });
  });
});

describe('output-schema-invalid and the negotiated revision', () => {
  const array: Json = { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } };
  const lint = async (protocolVersion?: string) => {
    const base = snapshot([listUsers()], protocolVersion),
      head = snapshot([listUsers({ outputSchema: array })], protocolVersion);
    return (await assessQuality(base, head, { footprint: false })).findings.filter((f) => f.rule === 'output-schema-invalid');
  };

  it('accepts the 2026 spec\'s own array outputSchema under 2026-07-28 (server/tools, "Example tool with array output schema")', async () => {
    expect(await lint('2026-07-28')).toEqual([]);
  });

  it('still requires an object root up to 2025-11-25, and when the revision is unknown', async () => {
    for (const version of ['2025-11-25', '2025-06-18', undefined]) {
      expect((await lint(version)).map((f) => f.message)).toEqual([
        'Tool "list_users": the outputSchema is not valid JSON Schema: its root type is "array"; MCP requires "type": "object".',
      ]);
    }
  });

  it('keeps requiring an object inputSchema root under 2026-07-28 (schema/2026-07-28/schema.ts, Tool.inputSchema)', async () => {
    const base = snapshot([listUsers()], '2026-07-28'),
      head = snapshot([listUsers({ inputSchema: { type: 'array' } })], '2026-07-28');
    expect((await assessQuality(base, head, { footprint: false })).findings.map((f) => f.rule)).toContain('input-schema-invalid');
  });
});
