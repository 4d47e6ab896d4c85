// Finds tools whose descriptions are identical or near-identical (word-triple Jaccard ≥ 0.9) without comparing every pair.
import type { ToolDef } from '../catalog/types.js';

export const NEAR_IDENTICAL_JACCARD = 0.9;
/** Most candidate pairs verified per catalog; past it the search stops (a pathological catalog cannot stall the run). */
const MAX_VERIFICATIONS = 200_000;

export interface SimilarPair {
  /** The two tool names, a < b. */
  a: string;
  b: string;
  /** Jaccard similarity of their word-triple sets, 1 for identical. */
  similarity: number;
}

/** The lowercased words of a description (letters and digits). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word k-shingles (k = 3, or the whole text when it has fewer words) of a description, as text: the definition the numbered sets below follow. */
export function shingles(text: string): Set<string> {
  const words = wordsOf(text);
  const k = Math.min(3, words.length);
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length && k > 0; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** Jaccard similarity of two descriptions' word triples (0 when either has no words). */
export function descriptionSimilarity(a: string, b: string): number {
  const wordIds = new Map<string, number>(),
    shingleIds = new Map<number | string, number>();
  const wa = wordIdsOf(a, wordIds),
    wb = wordIdsOf(b, wordIds);
  const numericKeys = wordIds.size < WORD_ID_LIMIT;
  const x = shingleIdsOf(wa, numericKeys, shingleIds),
    y = shingleIdsOf(wb, numericKeys, shingleIds);
  return x.length && y.length ? jaccardSorted(x, y) : 0;
}

/** Word ids of a lowercased description (ids from `wordIds`, shared by every tool of one search). */
function wordIdsOf(text: string, wordIds: Map<string, number>): number[] {
  return wordsOf(text).map((w) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size));
    return id;
  });
}

/**
 * The shingle set of `shingles()` as sorted, distinct integer ids: a word triple (or the whole text when shorter) is
 * keyed by its word ids, as one number while there are fewer than 2^17 distinct words (three ids and the length fit a
 * double exactly), else as text; keys are numbered in `shingleIds`.
 */
function shingleIdsOf(words: readonly number[], numericKeys: boolean, shingleIds: Map<number | string, number>): Int32Array {
  const k = Math.min(3, words.length);
  const ids: number[] = [];
  for (let i = 0; i + k <= words.length && k > 0; i++) {
    let key: number | string;
    if (numericKeys) {
      key = k; // the length is part of the key: a 1- or 2-word text is not a triple
      for (let j = i; j < i + k; j++) key = key * WORD_ID_LIMIT + words[j]!;
    } else key = words.slice(i, i + k).join(',');
    let id = shingleIds.get(key);
    if (id === undefined) shingleIds.set(key, (id = shingleIds.size));
    ids.push(id);
  }
  return Int32Array.from(new Set(ids)).sort();
}

/** Jaccard similarity of two sorted id sets. */
function jaccardSorted(a: Int32Array, b: Int32Array): number {
  let i = 0,
    j = 0,
    inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

/** Word ids below this keep a triple's numeric key exact (4 · 2^51 < 2^53). */
const WORD_ID_LIMIT = 131_072;

/**
 * Pairs of tools (first definition per name) with Jaccard(shingles) ≥ 0.9. Identical shingle sets are
 * grouped by key and reported against the group's first tool (n − 1 pairs, not n²/2). Distinct sets are
 * joined with prefix filtering: with tokens ordered rarest first, two sets at ≥ t share a token within
 * their first |S| − ⌈t·|S|⌉ + 1 tokens, so only sets sharing a rare prefix token are verified. Shingles are
 * numbered (words, then word triples), so sets are sorted integer arrays compared by merging.
 */
export function nearIdenticalPairs(tools: readonly ToolDef[], threshold = NEAR_IDENTICAL_JACCARD): SimilarPair[] {
  const seen = new Set<string>();
  const wordIds = new Map<string, number>(),
    shingleIds = new Map<number | string, number>();
  const described: Array<{ name: string; words: number[] }> = [];
  for (const t of tools) {
    if (seen.has(t.name) || typeof t.description !== 'string') continue;
    seen.add(t.name);
    described.push({ name: t.name, words: wordIdsOf(t.description, wordIds) });
  }
  const numericKeys = wordIds.size < WORD_ID_LIMIT;
  const groups = new Map<string, { names: string[]; set: Int32Array }>();
  for (const t of described) {
    const set = shingleIdsOf(t.words, numericKeys, shingleIds);
    if (set.length === 0) continue;
    const key = set.join(',');
    const group = groups.get(key);
    if (group) group.names.push(t.name);
    else groups.set(key, { names: [t.name], set });
  }
  const pairs: SimilarPair[] = [];
  const push = (x: string, y: string, similarity: number) => pairs.push(x < y ? { a: x, b: y, similarity } : { a: y, b: x, similarity });
  for (const g of groups.values()) for (const other of g.names.slice(1)) push(g.names[0]!, other, 1);

  const sets = [...groups.values()];
  const frequency = new Int32Array(shingleIds.size);
  for (const g of sets) for (const id of g.set) frequency[id]!++;
  // Rarest first, then by id: any fixed total order keeps the prefix-filter guarantee.
  const order = (x: number, y: number) => frequency[x]! - frequency[y]! || x - y;
  sets.sort((x, y) => x.set.length - y.set.length);
  const index = new Map<number, number[]>();
  let verifications = 0;
  for (let i = 0; i < sets.length && verifications < MAX_VERIFICATIONS; i++) {
    const g = sets[i]!;
    const tokens = Array.from(g.set).sort(order);
    const prefix = tokens.slice(0, tokens.length - Math.ceil(threshold * tokens.length) + 1);
    const candidates = new Set<number>();
    for (const tok of prefix) for (const j of index.get(tok) ?? []) candidates.add(j);
    for (const j of candidates) {
      const other = sets[j]!;
      if (other.set.length < threshold * g.set.length) continue;
      if (++verifications > MAX_VERIFICATIONS) break;
      const sim = jaccardSorted(g.set, other.set);
      if (sim >= threshold) push(other.names[0]!, g.names[0]!, Math.round(sim * 1000) / 1000);
    }
    for (const tok of prefix) (index.get(tok) ?? index.set(tok, []).get(tok)!).push(i);
  }
  return pairs.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
