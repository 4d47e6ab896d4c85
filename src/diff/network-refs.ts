// Finds network `$ref`s (http/https URIs no embedded `$id` answers) newly introduced in a tool's input or output schema.
//
// Spec: docs/specification/2026-07-28/basic/index.mdx, "JSON Schema Usage" > "$ref Resolution": implementations MUST NOT
// automatically dereference a `$ref` that resolves to a network URI, and "Schemas that fail to validate due to an
// unresolved external $ref SHOULD be rejected rather than silently treated as permissive". Earlier revisions say nothing,
// but their validators cannot resolve such a reference either, so the rule does not depend on the revision.
import type { Catalog, ToolDef } from '../catalog/types.js';
import type { Finding } from '../findings/finding.js';
import { isObject, pointerToken, type Json } from '../findings/json.js';
import { defineRules, makeFinding, q } from '../findings/rule-kit.js';

export const NETWORK_REF_RULES = defineRules('change', 'src/diff/network-refs.ts', 'tool', {
  'input-schema-network-ref-added': [
    'breaking',
    'the inputSchema newly references a schema by http(s) URI: clients must not fetch it, and a schema with an unresolved external $ref should be rejected (MCP 2026-07-28), so validating clients refuse every call',
    'input',
  ],
  'output-schema-network-ref-added': [
    'breaking',
    'the outputSchema newly references a schema by http(s) URI: clients must not fetch it, and a schema with an unresolved external $ref should be rejected (MCP 2026-07-28), so validating clients refuse every result',
    'output',
  ],
});

/** Keywords whose values are data, not schemas: never searched for `$ref`. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);
const NETWORK_URI = /^https?:\/\//i;

/** Each network `$ref`/`$dynamicRef` URI of a schema with the pointer it is first met at (document order). */
export function networkRefs(schema: Json | undefined): Map<string, string> {
  const refs = new Map<string, string>(),
    ids = new Set<string>();
  const stack: Array<{ node: Json; at: string }> = [{ node: schema ?? null, at: '' }];
  while (stack.length) {
    const { node, at } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const children = Array.isArray(node) ? node.map((v, i) => ({ node: v, at: `${at}/${i}` })) : [];
    if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        const where = `${at}/${pointerToken(k)}`;
        if ((k === '$ref' || k === '$dynamicRef') && typeof v === 'string' && NETWORK_URI.test(v) && !refs.has(v)) refs.set(v, where);
        else if ((k === '$id' || k === 'id') && typeof v === 'string') ids.add(v.replace(/#.*$/, ''));
        else if (!DATA_KEYWORDS.has(k)) children.push({ node: v, at: where });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // A URI an embedded `$id` names resolves inside the schema.
  for (const uri of [...refs.keys()]) if (ids.has(uri.replace(/#.*$/, ''))) refs.delete(uri);
  return refs;
}

const SIDES = [
  { key: 'inputSchema', rule: 'input-schema-network-ref-added', consequence: 'clients that validate arguments reject every call' },
  {
    key: 'outputSchema',
    rule: 'output-schema-network-ref-added',
    consequence: 'clients that validate structured results (they SHOULD) reject every result',
  },
] as const;

/**
 * Network references in a head tool's schemas that its base version (same name, or the old name of a tool-renamed
 * finding) did not reference anywhere in the same schema. New tools and newly added schemas are not compared: no
 * client relied on them.
 */
export function diffNetworkRefs(base: Catalog, head: Catalog, toolFindings: readonly Finding[]): Finding[] {
  const renamedFrom = new Map<string, string>();
  for (const f of toolFindings)
    if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
  const baseTools = new Map<string, ToolDef>(base.tools.map((t) => [t.name, t] as const).reverse());
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const tool of head.tools) {
    if (seen.has(tool.name)) continue;
    seen.add(tool.name);
    const peer = baseTools.get(baseTools.has(tool.name) ? tool.name : (renamedFrom.get(tool.name) ?? ''));
    if (!peer) continue;
    for (const { key, rule, consequence } of SIDES) {
      if (peer[key] === undefined || tool[key] === undefined) continue;
      const had = networkRefs(peer[key]);
      for (const [uri, at] of networkRefs(tool[key])) {
        if (had.has(uri)) continue;
        out.push(
          makeFinding(NETWORK_REF_RULES[rule], {
            subject: tool.name,
            path: `/${key}${at}`,
            after: uri,
            message: `Tool "${tool.name}": the ${key} now references the network schema ${q(uri)} at ${q(at.replace(/\/\$(dynamic)?[rR]ef$/, '') || '/')}. MCP 2026-07-28 forbids clients to fetch it and says a schema that fails to validate because of an unresolved external $ref SHOULD be rejected (basic/index, "$ref Resolution"), so ${consequence}. Copy the referenced schema under $defs and point to it with "#/$defs/…".`,
          }),
        );
      }
    }
  }
  return out;
}
