// Pairs a removed entry with an added one when they are the same thing under a new name (renames), by name relation and signature.

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

/**
 * The relation between two different names, or undefined when they are unrelated.
 * - case-or-separator: `getUser` / `get_user` / `get-user` / `GetUser`
 * - version: `search` / `search_v2` / `searchV2` / `search-v3`
 * - stem: at least half of the (singularised) words shared, including the first or the last word
 *   (`read_file` / `read_text_file`, `get_user` / `get_users`); `get_user` / `get_order` is unrelated.
 */
export function nameRelation(a: string, b: string): NameRelation | undefined {
  if (a === b) return undefined;
  const ta = nameTokens(a), tb = nameTokens(b);
  if (ta.join('') === tb.join('')) return 'case-or-separator';
  if (withoutVersion(ta).join('') === withoutVersion(tb).join('')) return 'version';
  const sa = withoutVersion(ta).map(stemOf), sb = withoutVersion(tb).map(stemOf);
  if (sa.join(' ') === sb.join(' ')) return 'stem';
  const setA = new Set(sa), setB = new Set(sb);
  const shared = [...setA].filter((t) => setB.has(t)).length;
  const union = new Set([...setA, ...setB]).size;
  const anchored = sa[0] === sb[0] || sa[sa.length - 1] === sb[sb.length - 1];
  return anchored && shared * 2 >= union ? 'stem' : undefined;
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
  for (const r of removed) {
    for (const a of added) {
      const equalSignature = r.signature === a.signature;
      const relation = nameRelation(r.name, a.name);
      const similarity = equalSignature ? 1 : fieldSimilarity(r.fields, a.fields);
      if (relation && similarity >= NEAR_EQUAL_SIMILARITY) {
        candidates.push({ pair: { from: r.name, to: a.name, relation, equalSignature }, similarity });
      } else if (!relation && equalSignature && r.distinctive) {
        const c = signatureCount.get(r.signature)!;
        if (c.removed === 1 && c.added === 1) {
          candidates.push({ pair: { from: r.name, to: a.name, relation: 'equal-signature', equalSignature }, similarity });
        }
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

/** Locale-independent string order, so results are the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
