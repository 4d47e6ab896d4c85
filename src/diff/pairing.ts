// Pairs a removed entry with an added one when they are the same thing under a new name (renames), by name relation and signature.
import { compareText } from '../findings/finding.js';

/** How two names are related: same words with other case/separators, a version suffix, or a shared stem. */
export type NameRelation = 'case-or-separator' | 'version' | 'stem';

/** Splits a name into lower-case words: `getUserV2` → get, user, v2; `get_user-v2` → get, user, v2. */
export function nameTokens(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[Vv]\d+$)/))
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

const VERSION_TOKEN = /^v\d+$/;

function withoutVersion(tokens: string[]): string[] {
  return tokens.length > 1 && VERSION_TOKEN.test(tokens[tokens.length - 1]) ? tokens.slice(0, -1) : tokens;
}

/** Light singular form so `get_users` and `get_user` share a stem. */
function stemOf(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

/** A name broken down once for every comparison it takes part in. */
export interface NameKey {
  name: string;
  /** Words joined: equal for case/separator variants. */
  caseKey: string;
  /** Words without a trailing version token, joined: equal for version variants. */
  baseKey: string;
  /** Singularised words without the version token. */
  stems: string[];
  stemSet: ReadonlySet<string>;
}

export function nameKey(name: string): NameKey {
  const tokens = nameTokens(name);
  const base = withoutVersion(tokens);
  const stems = base.map(stemOf);
  return { name, caseKey: tokens.join(''), baseKey: base.join(''), stems, stemSet: new Set(stems) };
}

/**
 * The relation between two different names, or undefined when they are unrelated.
 * - case-or-separator: `getUser` / `get_user` / `get-user` / `GetUser`
 * - version: `search` / `search_v2` / `searchV2` / `search-v3`
 * - stem: every (singularised) word of one name appears in the other, and they share the first or the
 *   last word (`read_file` / `read_text_file`, `get_user` / `get_users`, `longRunningOperation` /
 *   `trigger-long-running-operation`). Sharing only some words is not enough: `get_user_profile` /
 *   `get_user_settings` and `get_user` / `get_order` are unrelated.
 */
export function relationOf(a: NameKey, b: NameKey): NameRelation | undefined {
  if (a.name === b.name) return undefined;
  if (a.caseKey === b.caseKey) return 'case-or-separator';
  if (a.baseKey === b.baseKey) return 'version';
  const sa = a.stems, sb = b.stems;
  if (sa.length === 0 || sb.length === 0) return undefined;
  const anchored = sa[0] === sb[0] || sa[sa.length - 1] === sb[sb.length - 1];
  if (!anchored) return undefined;
  const [small, large] = a.stemSet.size <= b.stemSet.size ? [a.stemSet, b.stemSet] : [b.stemSet, a.stemSet];
  for (const t of small) if (!large.has(t)) return undefined;
  return 'stem';
}

export function nameRelation(a: string, b: string): NameRelation | undefined {
  return relationOf(nameKey(a), nameKey(b));
}

/**
 * Finds, among many names, the few that can be related to a given one without comparing against all
 * of them: every relation needs an equal case key, an equal base key, or a shared first or last word.
 */
export class RelatedNameIndex {
  private readonly buckets = new Map<string, NameKey[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = nameKey(name);
      for (const b of RelatedNameIndex.bucketsOf(key)) (this.buckets.get(b) ?? this.buckets.set(b, []).get(b)!).push(key);
    }
  }

  private static bucketsOf(key: NameKey): string[] {
    return [`c:${key.caseKey}`, `b:${key.baseKey}`, `f:${key.stems[0] ?? ''}`, `l:${key.stems[key.stems.length - 1] ?? ''}`];
  }

  /** Names in the index related to `key`, with their relation. */
  related(key: NameKey): Array<{ key: NameKey; relation: NameRelation }> {
    const seen = new Set<string>();
    const out: Array<{ key: NameKey; relation: NameRelation }> = [];
    for (const b of RelatedNameIndex.bucketsOf(key)) {
      for (const other of this.buckets.get(b) ?? []) {
        if (seen.has(other.name)) continue;
        seen.add(other.name);
        const relation = relationOf(key, other);
        if (relation) out.push({ key: other, relation });
      }
    }
    return out;
  }
}

/** What pairing needs to know about one side of a possible rename. */
export interface PairingEntry {
  name: string;
  /** Canonical text of what callers depend on (a tool's input schema, a prompt's arguments). */
  signature: string;
  /** The field names callers fill in (top-level properties, argument names). */
  fields: readonly string[];
  /** Whether the signature says enough to identify the entry without a name relation (see `pairRenames`). */
  distinctive: boolean;
}

export interface RenamePair {
  from: string;
  to: string;
  relation: NameRelation | 'equal-signature';
  equalSignature: boolean;
}

/** Jaccard similarity of two field-name sets (1 when both are empty). */
export function fieldSimilarity(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a), setB = new Set(b);
  const union = new Set([...a, ...b]).size;
  if (union === 0) return 1;
  return [...setA].filter((x) => setB.has(x)).length / union;
}

/** Fields shared by at least this fraction of the union count as a near-equal signature. */
export const NEAR_EQUAL_SIMILARITY = 0.5;

const RELATION_RANK: Record<RenamePair['relation'], number> = { 'case-or-separator': 0, version: 1, stem: 2, 'equal-signature': 3 };

/**
 * Finds renames among removed and added entries. A pair qualifies when
 *  - the names are related and the signatures are equal or near-equal (≥ half the fields shared), or
 *  - the names are unrelated but the signature is equal, distinctive (not `{}` or a lone bare field),
 *    and no other removed or added entry has that same signature, so the match is unambiguous.
 * Two unrelated tools that both take `{}` therefore never pair. Candidates are taken best first
 * (closer name relation, equal signature, higher similarity, then by name) and each entry pairs at most once.
 */
export function pairRenames(removed: readonly PairingEntry[], added: readonly PairingEntry[]): RenamePair[] {
  const signatureCount = new Map<string, { removed: number; added: number }>();
  for (const [list, side] of [[removed, 'removed'], [added, 'added']] as const) {
    for (const e of list) {
      const c = signatureCount.get(e.signature) ?? { removed: 0, added: 0 };
      c[side]++;
      signatureCount.set(e.signature, c);
    }
  }
  const candidates: { pair: RenamePair; similarity: number }[] = [];
  const addedByName = new Map(added.map((a) => [a.name, a]));
  const addedIndex = new RelatedNameIndex(added.map((a) => a.name));
  const addedBySignature = new Map<string, PairingEntry[]>();
  for (const a of added) (addedBySignature.get(a.signature) ?? addedBySignature.set(a.signature, []).get(a.signature)!).push(a);
  for (const r of removed) {
    const related = addedIndex.related(nameKey(r.name));
    for (const { key, relation } of related) {
      const a = addedByName.get(key.name)!;
      const equalSignature = r.signature === a.signature;
      const similarity = equalSignature ? 1 : fieldSimilarity(r.fields, a.fields);
      if (similarity >= NEAR_EQUAL_SIMILARITY) candidates.push({ pair: { from: r.name, to: a.name, relation, equalSignature }, similarity });
    }
    // Unrelated names: only an equal, distinctive signature shared by exactly this one removed and one added entry.
    const c = signatureCount.get(r.signature)!;
    if (r.distinctive && c.removed === 1 && c.added === 1) {
      const a = addedBySignature.get(r.signature)![0];
      if (!related.some((x) => x.key.name === a.name)) {
        candidates.push({ pair: { from: r.name, to: a.name, relation: 'equal-signature', equalSignature: true }, similarity: 1 });
      }
    }
  }
  candidates.sort((x, y) =>
    RELATION_RANK[x.pair.relation] - RELATION_RANK[y.pair.relation] ||
    Number(y.pair.equalSignature) - Number(x.pair.equalSignature) ||
    y.similarity - x.similarity ||
    compareText(x.pair.from, y.pair.from) ||
    compareText(x.pair.to, y.pair.to));
  const usedFrom = new Set<string>(), usedTo = new Set<string>();
  const pairs: RenamePair[] = [];
  for (const { pair } of candidates) {
    if (usedFrom.has(pair.from) || usedTo.has(pair.to)) continue;
    usedFrom.add(pair.from);
    usedTo.add(pair.to);
    pairs.push(pair);
  }
  return pairs;
}

