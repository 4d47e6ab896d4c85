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
export function stemOf(token: string): string {
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
  const sa = a.stems,
    sb = b.stems;
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
  const setA = new Set(a),
    setB = new Set(b);
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
  const candidates = renameCandidates(removed, added);
  candidates.sort(
    (x, y) =>
      RELATION_RANK[x.pair.relation] - RELATION_RANK[y.pair.relation] ||
      Number(y.pair.equalSignature) - Number(x.pair.equalSignature) ||
      y.similarity - x.similarity ||
      compareText(x.pair.from, y.pair.from) ||
      compareText(x.pair.to, y.pair.to),
  );
  const usedFrom = new Set<string>(),
    usedTo = new Set<string>();
  const pairs: RenamePair[] = [];
  for (const { pair } of candidates) {
    if (usedFrom.has(pair.from) || usedTo.has(pair.to)) continue;
    usedFrom.add(pair.from);
    usedTo.add(pair.to);
    pairs.push(pair);
  }
  return pairs;
}

/** A pair that passes the name-and-signature test of `pairRenames`, with its field similarity. */
export interface RenameCandidate {
  pair: RenamePair;
  similarity: number;
}

/** Every pair that passes the name-and-signature test of `pairRenames` (each entry may appear in several). */
export function renameCandidates(removed: readonly PairingEntry[], added: readonly PairingEntry[]): RenameCandidate[] {
  const signatureCount = new Map<string, { removed: number; added: number }>();
  for (const [list, side] of [
    [removed, 'removed'],
    [added, 'added'],
  ] as const) {
    for (const e of list) {
      const c = signatureCount.get(e.signature) ?? { removed: 0, added: 0 };
      c[side]++;
      signatureCount.set(e.signature, c);
    }
  }
  const candidates: RenameCandidate[] = [];
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
      if (similarity >= NEAR_EQUAL_SIMILARITY)
        candidates.push({ pair: { from: r.name, to: a.name, relation, equalSignature }, similarity });
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
  return candidates;
}

/** A scored possible pairing of a removed entry (`from`) with an added one (`to`). */
export interface ScoredEdge {
  from: string;
  to: string;
  /** How strongly the evidence supports the pair, > 0. */
  weight: number;
}

/**
 * Components larger than this (removed × added entries) are matched greedily by weight instead of exactly:
 * the exact method costs rows² × columns steps. Real catalogs give components of one to a few entries.
 */
export const MAX_EXACT_ASSIGNMENT_CELLS = 40_000;

/**
 * The set of edges, each entry used at most once, with the largest total weight (a maximum-weight bipartite
 * matching): one removed entry never takes the partner of another when both can be paired. Edges split into
 * connected components first, so unrelated pairs never meet; each component is solved exactly by the Hungarian
 * method (components beyond MAX_EXACT_ASSIGNMENT_CELLS greedily, heaviest edge first). Weights are compared
 * as integers (1e-6 steps) and entries in name order, so equal inputs always give the same matching.
 */
export function bestAssignment<E extends ScoredEdge>(edges: readonly E[]): E[] {
  const sorted = [...edges].sort((x, y) => compareText(x.from, y.from) || compareText(x.to, y.to));
  const out: E[] = [];
  for (const component of components(sorted)) {
    const froms = [...new Set(component.map((e) => e.from))];
    const tos = [...new Set(component.map((e) => e.to))];
    if (froms.length === 1 || tos.length === 1) {
      out.push(heaviest(component));
      continue;
    }
    out.push(
      ...(froms.length * tos.length > MAX_EXACT_ASSIGNMENT_CELLS
        ? greedyAssignment(component)
        : hungarianAssignment(component, froms, tos)),
    );
  }
  return out.sort((x, y) => compareText(x.from, y.from));
}

const weightUnits = (e: ScoredEdge): number => Math.round(e.weight * 1e6);

/** The first edge of the highest weight (edges are in name order). */
function heaviest<E extends ScoredEdge>(edges: readonly E[]): E {
  return edges.reduce((best, e) => (weightUnits(e) > weightUnits(best) ? e : best));
}

/** Groups edges that share an entry, directly or through other edges (union-find over entry names). */
function components<E extends ScoredEdge>(edges: readonly E[]): E[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    for (let y = x; y !== root;) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const e of edges) {
    for (const node of [`-${e.from}`, `+${e.to}`]) if (!parent.has(node)) parent.set(node, node);
    const a = find(`-${e.from}`),
      b = find(`+${e.to}`);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, E[]>();
  for (const e of edges) {
    const root = find(`-${e.from}`);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(e);
  }
  return [...groups.values()];
}

/** Heaviest edge first, skipping edges whose entries are taken. */
function greedyAssignment<E extends ScoredEdge>(edges: readonly E[]): E[] {
  const usedFrom = new Set<string>(),
    usedTo = new Set<string>();
  const out: E[] = [];
  for (const e of [...edges].sort((x, y) => weightUnits(y) - weightUnits(x))) {
    if (usedFrom.has(e.from) || usedTo.has(e.to)) continue;
    usedFrom.add(e.from);
    usedTo.add(e.to);
    out.push(e);
  }
  return out;
}

/**
 * Maximum-weight matching by the Hungarian method (Kuhn–Munkres with potentials, O(rows² × columns)) on the
 * cost matrix −weight, 0 where no edge exists; an assignment to a missing edge means "not paired".
 */
function hungarianAssignment<E extends ScoredEdge>(edges: readonly E[], froms: readonly string[], tos: readonly string[]): E[] {
  const transpose = froms.length > tos.length;
  const rows = transpose ? tos : froms,
    cols = transpose ? froms : tos;
  const rowIndex = new Map(rows.map((name, i) => [name, i])),
    colIndex = new Map(cols.map((name, i) => [name, i]));
  const n = rows.length,
    m = cols.length;
  const cost = new Float64Array(n * m);
  const edgeAt = new Map<number, E>();
  for (const e of edges) {
    const i = rowIndex.get(transpose ? e.to : e.from)!,
      j = colIndex.get(transpose ? e.from : e.to)!;
    cost[i * m + j] = -weightUnits(e);
    edgeAt.set(i * m + j, e);
  }
  // 1-based potentials u (rows) and v (columns); owner[j] is the row assigned to column j (0: none).
  const u = new Float64Array(n + 1),
    v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1),
    way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = owner[j0];
      let delta = Infinity,
        j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0];
      owner[j0] = owner[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: E[] = [];
  for (let j = 1; j <= m; j++) {
    const e = owner[j] ? edgeAt.get((owner[j] - 1) * m + (j - 1)) : undefined;
    if (e) out.push(e);
  }
  return out;
}
