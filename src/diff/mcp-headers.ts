// Diffs the tools' x-mcp-header declarations (MCP 2026-07-28, SEP-2243): headers added, removed or renamed, and declarations that newly make a tool invalid for HTTP clients.
//
// The schema walker treats `x-` keywords as annotations and never sees these; this post-pass does.
// Spec: docs/specification/2026-07-28/server/tools.mdx "x-mcp-header" (constraints; an invalid declaration means HTTP
// clients MUST exclude the tool from tools/list) and docs/specification/2026-07-28/basic/transports/streamable-http.mdx
// "Custom Headers from Tool Parameters" > "Server Behavior for Custom Headers" (a call whose body holds an annotated value
// without its header MUST be rejected with HeaderMismatch; clients then SHOULD list tools again and retry).
import type { Catalog, ToolDef } from '../catalog/types.js';
import {
  describeParameter,
  headerName,
  invalidHeaderMessage,
  MCP_HEADER_KEYWORD,
  problemKeysOf,
  readMcpHeaders,
  type McpHeaderDeclaration,
  type McpHeaderReading,
} from '../catalog/mcp-headers.js';
import { mcpHeadersInForce } from '../catalog/protocol-revision.js';
import type { Finding } from '../findings/finding.js';
import { defineRules, makeFinding, q } from '../findings/rule-kit.js';

export const MCP_HEADER_RULES = defineRules('change', 'src/diff/mcp-headers.ts', 'tool', {
  'input-mcp-header-added': [
    'breaking',
    'a parameter the base had is now mirrored into an Mcp-Param-* header (x-mcp-header): servers reject calls from clients holding the old inputSchema until they list tools again',
    'input',
  ],
  'input-mcp-header-removed': [
    'breaking',
    'a parameter is no longer mirrored into its Mcp-Param-* header (x-mcp-header): gateways and proxies that route or filter on it lose it',
    'input',
  ],
  'input-mcp-header-renamed': [
    'breaking',
    "a parameter's x-mcp-header changed: it travels in another Mcp-Param-* header, so gateways routing on the old one lose it and clients holding the old inputSchema are rejected",
    'input',
  ],
  'input-mcp-header-became-invalid': [
    'breaking',
    'an x-mcp-header declaration that the base version did not have breaks the 2026-07-28 constraints (token syntax, integer/string/boolean type, statically reachable, unique): HTTP clients must drop the tool from tools/list',
    'input',
  ],
});

const pathOf = (d: McpHeaderDeclaration) => `/inputSchema${d.pointer}/${MCP_HEADER_KEYWORD}`;

function firstByName(tools: readonly ToolDef[]): Map<string, ToolDef> {
  const map = new Map<string, ToolDef>();
  for (const t of tools) if (!map.has(t.name)) map.set(t.name, t);
  return map;
}

function compareDeclarations(tool: string, before: McpHeaderReading, after: McpHeaderReading): Finding[] {
  const out: Finding[] = [];
  const valid = (r: McpHeaderReading) => r.declarations.filter((d) => d.problems.length === 0);
  const invalidAt = (r: McpHeaderReading) => new Set(r.declarations.filter((d) => d.problems.length > 0).map((d) => d.pointer));
  const headInvalid = invalidAt(after),
    baseInvalid = invalidAt(before);
  // Header names compare case-insensitively (streamable-http.mdx, "Case Sensitivity"): a name both sides declare is kept,
  // even on another parameter (a renamed property keeps its header; the schema rules report the property).
  const lower = (d: McpHeaderDeclaration) => (d.value as string).toLowerCase();
  const headNames = new Set(valid(after).map(lower)),
    baseNames = new Set(valid(before).map(lower));
  const gone = valid(before).filter((d) => !headNames.has(lower(d)));
  const come = new Map(
    valid(after)
      .filter((d) => !baseNames.has(lower(d)))
      .map((d) => [d.pointer, d]),
  );
  for (const b of gone) {
    const a = come.get(b.pointer);
    if (a) {
      come.delete(b.pointer);
      out.push(
        makeFinding(MCP_HEADER_RULES['input-mcp-header-renamed'], {
          subject: tool,
          path: pathOf(a),
          before: b.value,
          after: a.value,
          message: `Tool "${tool}": ${describeParameter(a)} now travels in the ${q(headerName(a.value))} header instead of ${q(headerName(b.value))}; gateways and proxies that route or filter on ${q(headerName(b.value))} no longer receive it, and the server rejects calls from clients holding the old inputSchema (HeaderMismatch) until they list tools again. Keep the old header name, or ship this as a breaking change.`,
        }),
      );
    } else if (!headInvalid.has(b.pointer)) {
      out.push(
        makeFinding(MCP_HEADER_RULES['input-mcp-header-removed'], {
          subject: tool,
          path: pathOf(b),
          before: b.value,
          message: `Tool "${tool}": ${describeParameter(b)} is no longer mirrored into the ${q(headerName(b.value))} header; gateways and proxies that route or filter on it no longer receive it. Keep the x-mcp-header declaration, or ship this as a breaking change.`,
        }),
      );
    }
  }
  for (const a of come.values()) {
    // A header on a new parameter breaks nobody: old clients never send that argument, so no header is expected.
    if (!before.parameters.has(a.pointer) || baseInvalid.has(a.pointer)) continue;
    out.push(
      makeFinding(MCP_HEADER_RULES['input-mcp-header-added'], {
        subject: tool,
        path: pathOf(a),
        after: a.value,
        message: `Tool "${tool}": ${describeParameter(a)} is now mirrored into the ${q(headerName(a.value))} header; the server must reject a call that carries the value without the header (HeaderMismatch), so clients holding the old inputSchema fail until they list tools again. Ship this as a breaking change.`,
      }),
    );
  }
  return out;
}

/**
 * Every x-mcp-header change between the tools of two canonical catalogs. A head tool is compared with its base
 * version (same name, or the old name of a tool-renamed finding in `toolFindings`); a new tool has no base version, so
 * every problem of its declarations is new. Only where headers are in force (see mcpHeadersInForce): the head's
 * revision decides validity, and added/removed/renamed need both revisions to define headers.
 */
export function diffMcpHeaders(base: Catalog, head: Catalog, toolFindings: readonly Finding[]): Finding[] {
  if (!mcpHeadersInForce(head.protocolVersion)) return [];
  const baseInForce = mcpHeadersInForce(base.protocolVersion);
  const renamedFrom = new Map<string, string>();
  for (const f of toolFindings)
    if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
  const baseTools = firstByName(base.tools);
  const out: Finding[] = [];
  for (const [name, tool] of firstByName(head.tools)) {
    const after = readMcpHeaders(tool.inputSchema);
    const peer = baseTools.get(baseTools.has(name) ? name : (renamedFrom.get(name) ?? ''));
    const before = peer && baseInForce ? readMcpHeaders(peer.inputSchema) : undefined;
    if (!after.declarations.length && !before?.declarations.length) continue;
    const had = new Set(before?.declarations.flatMap(problemKeysOf) ?? []);
    for (const d of after.declarations) {
      if (!d.problems.length || problemKeysOf(d).every((k) => had.has(k))) continue;
      out.push(
        makeFinding(MCP_HEADER_RULES['input-mcp-header-became-invalid'], {
          subject: name,
          path: pathOf(d),
          after: d.value,
          message: invalidHeaderMessage(name, d, peer ? 'changed' : 'new-tool'),
        }),
      );
    }
    if (before) out.push(...compareDeclarations(name, before, after));
  }
  return out;
}
