// Tells which MCP protocol revision a snapshot was captured under, so rules that changed between revisions apply the right one.

/** The revision that introduced x-mcp-header (SEP-2243) and lifted the object-only outputSchema root (SEP-2106). */
export const REVISION_2026_07_28 = '2026-07-28';

const REVISION = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether the negotiated protocol version is `revision` or later. Undefined when the snapshot does not say (a raw
 * tools/list file) or says something that is not a dated revision: each rule then decides what "unknown" means.
 * Dated revisions (YYYY-MM-DD) order as text.
 */
export function revisionAtLeast(protocolVersion: string | undefined, revision: string): boolean | undefined {
  if (protocolVersion === undefined || !REVISION.test(protocolVersion)) return undefined;
  return protocolVersion >= revision;
}

/**
 * Whether x-mcp-header declarations are in force: from 2026-07-28 (changelog.mdx, minor change 4, SEP-2243), and when
 * the revision is unknown (a catalog that declares headers is most likely written for the revision that defines them).
 * Earlier revisions do not define the keyword: clients ignore it like any unknown `x-` keyword.
 */
export function mcpHeadersInForce(protocolVersion: string | undefined): boolean {
  return revisionAtLeast(protocolVersion, REVISION_2026_07_28) !== false;
}

/**
 * Whether an outputSchema must have `"type": "object"` at its root. Up to 2025-11-25 it must (schema/2025-11-25/schema.ts,
 * Tool.outputSchema: `type: "object"`); 2026-07-28 allows any JSON Schema 2020-12 (schema/2026-07-28/schema.ts,
 * Tool.outputSchema; server/tools.mdx, "Example tool with array output schema"). Unknown revision: the older, stricter rule,
 * which every revision's clients accept.
 */
export function outputRootMustBeObject(protocolVersion: string | undefined): boolean {
  return revisionAtLeast(protocolVersion, REVISION_2026_07_28) !== true;
}
