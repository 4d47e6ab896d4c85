// Renaming every tool name and property key consistently changes nothing but the names in the findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/catalog/canonical.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { Json, JsonObject } from '../../src/findings/json.js';
import { diffCatalogs } from '../../src/diff/index.js';
import type { Finding } from '../../src/findings/finding.js';
import { gate } from '../../src/policy/index.js';
import { catalogPairArb } from './arbitraries.js';

/**
 * The renaming: every generated name is lower-case a–e words joined by '-', and becomes its upper-case form.
 * Why the findings must be the same up to that renaming:
 * - the pairing reads names only through their lower-cased words (nameTokens), which the renaming keeps
 *   (no digits, so no new camel-case split; '-' stays the separator);
 * - the order of names is kept ('-' sorts before both cases; A–E sort as a–e), so sorted lists, tie-breaks
 *   and finding order are the same;
 * - no generated name holds 's' or 'v', so singular stems and version suffixes cannot appear or vanish.
 * So the mapped finding list must equal the original one after lower-casing names back; `upper` is injective,
 * so lower-casing the renamed side's text is the inverse on everything that came from a name.
 */
const upper = (name: string) => name.toUpperCase();

/** Renames property keys (and `required` entries) everywhere in a schema. */
function renameSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(renameSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [upper(pk), renameSchema(pv)]));
    } else if (k === 'required' && Array.isArray(v)) out[k] = v.map((r) => (typeof r === 'string' ? upper(r) : r));
    else if (k === 'enum' || k === 'const' || k === 'default' || k === 'description')
      out[k] = v; // values, not names
    else out[k] = renameSchema(v);
  }
  return out;
}

function renameCatalog(c: Catalog): Catalog {
  return {
    ...c,
    tools: c.tools.map((t) => ({
      ...t,
      name: upper(t.name),
      ...(t.inputSchema !== undefined ? { inputSchema: renameSchema(t.inputSchema) } : {}),
      ...(t.outputSchema !== undefined ? { outputSchema: renameSchema(t.outputSchema) } : {}),
    })),
  };
}

/** A finding with the names lower-cased back: the same text whether it came from the original or the renamed pair. */
function lowered(f: Finding): string {
  return stableJson(f as unknown as Json).toLowerCase();
}

describe('a consistent renaming of tool names and property keys changes nothing but names', () => {
  it('diff(rename(base), rename(head)) is diff(base, head) with the names mapped, in the same order, with the same verdict', async () => {
    await fc.assert(
      fc.asyncProperty(catalogPairArb, async ({ base, head }) => {
        const now = new Date('2026-06-01T00:00:00Z');
        const findings = await diffCatalogs(base, head, { oracle: false, now });
        const renamed = await diffCatalogs(renameCatalog(base), renameCatalog(head), { oracle: false, now });
        expect(renamed.map(lowered)).toEqual(findings.map(lowered));
        // The names really were renamed in the findings (the property is not vacuous).
        for (const f of renamed) if (f.kind === 'tool') expect(f.subject).toBe(f.subject.toUpperCase());
        const v = (fs: Finding[]) =>
          gate({ findings: fs, baseVersion: base.server.version, headVersion: head.server.version, now }).verdict;
        expect(v(renamed)).toBe(v(findings));
      }),
      { numRuns: 600 },
    );
  });
});
