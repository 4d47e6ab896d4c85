// Pairs the properties removed from and added to one object that are the same parameter under a new name (equal schemas, or a related name or description with a related type).
import type { Json, JsonObject } from '../../findings/json.js';
import { isObject } from '../../findings/json.js';
import type { SchemaDocument } from './document.js';

/** What made a removed and an added property one renamed parameter. */
export type PropertyRenameEvidence = 'equal-schema' | 'related-name' | 'same-description';

export interface PropertyRename {
  from: string;
  to: string;
  evidence: PropertyRenameEvidence;
  /** The types when they differ ("string" → "array of string"); absent for an equal type. */
  retyped?: { from: string; to: string };
}

/** One object on both sides: the base and head documents and the object's `properties` in each. */
export interface ObjectSides {
  b: SchemaDocument;
  a: SchemaDocument;
  pb: JsonObject;
  pa: JsonObject;
}

/** Descriptions this alike (shared words over the mean word count) name the same parameter. */
export const PROPERTY_DESCRIPTION_AGREEMENT = 0.7;
/** With related names, descriptions at least this alike (or absent) do not contradict the rename. */
const NAME_DESCRIPTION_FLOOR = 0.4;
/** Only the first words of long descriptions are compared. */
const MAX_DESCRIPTION_WORDS = 100;
/** Past this many removed × added pairs in one object only equal schemas pair (the comparison stays bounded). */
const MAX_CANDIDATE_PAIRS = 2_500;
/** Names longer than this are compared by equality and prefix only, not by edit distance. */
const MAX_EDITED_NAME = 64;

/**
 * The renames among `removed` (names of `pb`, the base object's properties) and `added` (of `pa`). First equal
 * schemas held by one name on each side, with the same documentation or related names; then, among the rest, pairs of
 * related types (equal, integer/number, or a type and an array of it: `path` → `paths`) whose names are related or
 * whose descriptions agree, each the other's single best candidate, so no pairing is a guess between several.
 */
export function pairPropertyRenames(sides: ObjectSides, removed: readonly string[], added: readonly string[]): PropertyRename[] {
  if (!removed.length || !added.length) return [];
  const { b, a, pb, pa } = sides;
  const out = equalSchemaRenames(sides, removed, added);
  const taken = new Set(out.flatMap((r) => [r.from, r.to]));
  const restB = removed.filter((n) => !taken.has(n));
  const restA = added.filter((n) => !taken.has(n));
  if (restB.length * restA.length > MAX_CANDIDATE_PAIRS) return out;
  const scored: Array<{ from: string; to: string; score: number; evidence: PropertyRenameEvidence }> = [];
  for (const from of restB) {
    const tb = typeName(b, pb[from]);
    for (const to of restA) {
      const ta = typeName(a, pa[to]);
      if (!relatedTypes(tb, ta)) continue;
      const sim = descriptionSimilarity(pb[from], pa[to]);
      const named = namesAgree(from, to, pb[from], pa[to]);
      const described = sim !== undefined && sim >= PROPERTY_DESCRIPTION_AGREEMENT;
      if (!named && !described) continue;
      scored.push({ from, to, score: (named ? 1 : 0) + (sim ?? 0), evidence: named ? 'related-name' : 'same-description' });
    }
  }
  for (const c of scored) {
    const rivals = scored.filter((o) => o !== c && (o.from === c.from || o.to === c.to));
    if (rivals.some((o) => o.score >= c.score)) continue;
    const [tb, ta] = [typeName(b, pb[c.from]), typeName(a, pa[c.to])];
    out.push({ from: c.from, to: c.to, evidence: c.evidence, ...(tb !== ta ? { retyped: { from: tb, to: ta } } : {}) });
  }
  return out;
}

function equalSchemaRenames({ b, a, pb, pa }: ObjectSides, removed: readonly string[], added: readonly string[]): PropertyRename[] {
  const byKey = (doc: SchemaDocument, props: JsonObject, names: readonly string[]): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const n of names) {
      const k = doc.key(props[n]);
      m.set(k, [...(m.get(k) ?? []), n]);
    }
    return m;
  };
  const ak = byKey(a, pa, added);
  const out: PropertyRename[] = [];
  for (const [k, rs] of byKey(b, pb, removed)) {
    const as = ak.get(k);
    if (rs.length !== 1 || !as || as.length !== 1) continue;
    const [from, to] = [rs[0]!, as[0]!];
    const sameDocs = isObject(pb[from]) && typeof pb[from].description === 'string' && b.key(pb[from], true) === a.key(pa[to], true);
    if (sameDocs || namesAgree(from, to, pb[from], pa[to])) out.push({ from, to, evidence: 'equal-schema' });
  }
  return out;
}

/** Related names whose descriptions, where both have one, do not say different things (`name` / `namespace`). */
function namesAgree(from: string, to: string, before: Json | undefined, after: Json | undefined): boolean {
  if (!relatedNames(from, to)) return false;
  const sim = descriptionSimilarity(before, after);
  return sim === undefined || sim >= NAME_DESCRIPTION_FLOOR;
}

/** A property's type as a rename compares it: "string", "array of string", "any" when it names none. */
function typeName(doc: SchemaDocument, raw: Json | undefined): string {
  const one = (n: Json | boolean): string => {
    if (!isObject(n)) return 'any';
    if (typeof n.type === 'string') return n.type;
    if (Array.isArray(n.type)) return [...(n.type as string[])].sort().join('|');
    return 'any';
  };
  const n = doc.norm(raw);
  const t = one(n);
  if (t !== 'array' || !isObject(n) || !isObject(n.items)) return t;
  return `array of ${one(doc.norm(n.items))}`;
}

/** Equal types, integer and number, or one type and an array of it (a singular parameter made plural). */
function relatedTypes(x: string, y: string): boolean {
  if (x === y) return x !== 'any';
  const num = (t: string): boolean => t === 'integer' || t === 'number';
  if (num(x) && num(y)) return true;
  return y === `array of ${x}` || x === `array of ${y}`;
}

function descriptionWords(raw: Json | undefined): string[] {
  if (!isObject(raw) || typeof raw.description !== 'string') return [];
  return raw.description
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_DESCRIPTION_WORDS)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Shared words (as a multiset, plurals folded) over the mean word count; undefined when either side has none. */
function descriptionSimilarity(x: Json | undefined, y: Json | undefined): number | undefined {
  const wx = descriptionWords(x);
  const wy = descriptionWords(y);
  if (!wx.length || !wy.length) return undefined;
  const counts = new Map<string, number>();
  for (const w of wx) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wy) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wx.length + wy.length);
}

/** Names that plausibly denote the same parameter: case/separator variants, a prefix, or a small edit. */
export function relatedNames(x: string, y: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const [a, b] = [n(x), n(y)];
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length > MAX_EDITED_NAME || b.length > MAX_EDITED_NAME) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
