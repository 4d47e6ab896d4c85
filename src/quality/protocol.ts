// Lints the head against rules of the MCP protocol that the diff does not gate: x-mcp-header declarations already invalid,
// a tools/list whose order changes between reads, and deprecated features the server keeps depending on.
//
// Spec: docs/specification/2026-07-28/server/tools.mdx "x-mcp-header": "Clients using the Streamable HTTP transport MUST
// reject tool definitions where any x-mcp-header value violates these constraints ... MUST exclude the invalid tool from
// the result of tools/list". A problem the change introduces is the diff's input-mcp-header-became-invalid (breaking); one
// the base version had too is reported here, as already there.
import { invalidHeaderMessage, MCP_HEADER_KEYWORD, problemKeysOf, readMcpHeaders } from '../catalog/mcp-headers.js';
import { deprecatedFeatureUses, type DeprecatedFeature } from '../catalog/deprecated-features.js';
import { mcpHeadersInForce } from '../catalog/protocol-revision.js';
import type { Snapshot } from '../catalog/types.js';
import type { Finding } from '../findings/finding.js';
import { defineRules, findingMaker, makeFinding, type MessageTable } from '../findings/rule-kit.js';

export const PROTOCOL_LINT_RULES = defineRules('quality', 'src/quality/protocol.ts', 'tool', {
  'input-mcp-header-invalid': [
    'breaking',
    'lint: an x-mcp-header declaration breaks the 2026-07-28 constraints (token syntax, integer/string/boolean type, statically reachable, unique); HTTP clients drop the tool from tools/list',
  ],
});

// Spec: docs/specification/2026-07-28/server/tools.mdx: "Servers SHOULD return tools in a deterministic order ...
// Deterministic ordering enables clients to reliably cache the tool list and improves LLM prompt cache hit rates". The
// capture reads tools/list twice (src/capture/lists.ts); the snapshot itself stays in canonical order either way.
export const PROTOCOL_SERVER_LINT_RULES = defineRules('quality', 'src/quality/protocol.ts', 'server', {
  'tools-list-order-nondeterministic': [
    'warning',
    'lint: tools/list returned the same tools in a different order when read twice (2026-07-28: servers SHOULD keep the order deterministic); clients cannot cache the list and prompt caches miss',
  ],
  'deprecated-feature-in-use': [
    'info',
    'lint: the server keeps depending on a feature the 2026-07-28 specification deprecates (Roots, Sampling, Logging, HTTP+SSE); reported, not gated (the diff warns when it is adopted)',
  ],
});

const PROTOCOL_SERVER_MESSAGES = {
  'tools-list-order-nondeterministic': ({ baseChecked }: { baseChecked: boolean }) =>
    `tools/list returned its tools in a different order when mcp-contract read it twice${baseChecked ? '' : ' (the base capture did not check the order)'}: clients that cache the list see a change every time, ` +
    'and a model prompt built from it misses the prompt cache. Sort the tools (e.g. by name) or keep registration order stable; ' +
    'the snapshot is stored in canonical order either way.',
  'deprecated-feature-in-use': ({ feature, baseKnown }: { feature: DeprecatedFeature; baseKnown: boolean }) =>
    `The server ${feature.evidence}${baseKnown ? ', as before' : ' (the base snapshot does not record whether it did before)'}: ` +
    `${feature.name} ${feature.deprecation}; plan to ${feature.migration}.`,
} satisfies MessageTable<keyof typeof PROTOCOL_SERVER_LINT_RULES>;

const serverFinding = findingMaker(PROTOCOL_SERVER_LINT_RULES, PROTOCOL_SERVER_MESSAGES);

/**
 * A tools/list order that changed between two reads of the head (new only when the base's capture found it stable; already
 * there when the base's was unstable too, or did not check: upgrading mcp-contract gates nothing), and every
 * deprecated feature the head keeps depending on (always already there: the diff's deprecated-feature-adopted covers adoption).
 */
function lintServer(base: Snapshot, head: Snapshot, result: ProtocolLint): void {
  const subject = head.server.name ?? base.server.name ?? 'server';
  if (head.listOrder?.tools === 'unstable') {
    const baseChecked = base.listOrder?.tools !== undefined;
    const order = serverFinding('tools-list-order-nondeterministic', { subject, path: '/listOrder/tools' }, { baseChecked });
    (base.listOrder?.tools === 'stable' ? result.new : result.existing).push(order);
  }
  for (const { feature, value, before } of deprecatedFeatureUses(base, head)) {
    if (before === false) continue;
    result.existing.push(
      serverFinding('deprecated-feature-in-use', { subject, path: feature.path, after: value }, { feature, baseKnown: before === true }),
    );
  }
}

export interface ProtocolLint {
  /** Problems neither the base version had nor the diff reported (only when no diff findings were given). */
  new: Finding[];
  /** Problems the tool's base version had too. */
  existing: Finding[];
}

/**
 * x-mcp-header problems of every head tool, where the head's revision puts headers in force. A problem the base version
 * (same name, or the old name of a tool-renamed finding) had too, under a revision where headers were in force, is
 * existing; the rest is new unless the diff already reported it (input-mcp-header-became-invalid, same tool and path).
 */
export function lintProtocol(base: Snapshot, head: Snapshot, diffFindings: readonly Finding[] = []): ProtocolLint {
  const result: ProtocolLint = { new: [], existing: [] };
  lintServer(base, head, result);
  if (!mcpHeadersInForce(head.protocolVersion)) return result;
  const renamedFrom = new Map<string, string>();
  const reported = new Set<string>();
  for (const f of diffFindings) {
    if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
    if (f.rule === 'input-mcp-header-became-invalid') reported.add(`${f.subject}\u0000${f.path}`);
  }
  const baseTools = new Map(base.tools.map((t) => [t.name, t] as const).reverse());
  const baseInForce = mcpHeadersInForce(base.protocolVersion);
  const seen = new Set<string>();
  for (const tool of head.tools) {
    if (seen.has(tool.name)) continue;
    seen.add(tool.name);
    const invalid = readMcpHeaders(tool.inputSchema).declarations.filter((d) => d.problems.length > 0);
    if (!invalid.length) continue;
    const peer = baseTools.get(baseTools.has(tool.name) ? tool.name : (renamedFrom.get(tool.name) ?? ''));
    const had = new Set(peer && baseInForce ? readMcpHeaders(peer.inputSchema).declarations.flatMap(problemKeysOf) : []);
    for (const d of invalid) {
      const path = `/inputSchema${d.pointer}/${MCP_HEADER_KEYWORD}`;
      const existing = problemKeysOf(d).every((k) => had.has(k));
      if (!existing && reported.has(`${tool.name}\u0000${path}`)) continue;
      const finding = makeFinding(PROTOCOL_LINT_RULES['input-mcp-header-invalid'], {
        subject: tool.name,
        path,
        after: d.value,
        message: invalidHeaderMessage(tool.name, d, existing ? 'existing' : peer ? 'changed' : 'new-tool'),
      });
      (existing ? result.existing : result.new).push(finding);
    }
  }
  return result;
}
