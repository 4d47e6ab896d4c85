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

/** Word k-shingles (k = 3, or the whole text when it has fewer words) of a description, lowercased. */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const k = Math.min(3, words.length);
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length && k > 0; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** Jaccard similarity of two descriptions' word triples (0 when either has no words). */
export function descriptionSimilarity(a: string, b: string): number {
  const x = shingles(a), y = shingles(b);
  return x.size && y.size ? jaccard(x, y) : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Pairs of tools (first definition per name) with Jaccard(shingles) ≥ 0.9. Identical shingle sets are
 * grouped by key and reported against the group's first tool (n − 1 pairs, not n²/2). Distinct sets are
 * joined with prefix filtering: with tokens ordered rarest first, two sets at ≥ t share a token within
 * their first |S| − ⌈t·|S|⌉ + 1 tokens, so only sets sharing a rare prefix token are verified.
 */
export function nearIdenticalPairs(tools: readonly ToolDef[], threshold = NEAR_IDENTICAL_JACCARD): SimilarPair[] {
  const seen = new Set<string>();
  const groups = new Map<string, { names: string[]; set: Set<string> }>();
  for (const t of tools) {
    if (seen.has(t.name) || typeof t.description !== 'string') continue;
    seen.add(t.name);
    const set = shingles(t.description);
    if (set.size === 0) continue;
    const key = [...set].sort().join('\n');
    const group = groups.get(key);
    if (group) group.names.push(t.name);
    else groups.set(key, { names: [t.name], set });
  }
  const pairs: SimilarPair[] = [];
  const push = (x: string, y: string, similarity: number) => pairs.push(x < y ? { a: x, b: y, similarity } : { a: y, b: x, similarity });
  for (const g of groups.values()) for (const other of g.names.slice(1)) push(g.names[0]!, other, 1);

  const sets = [...groups.values()];
  const frequency = new Map<string, number>();
  for (const g of sets) for (const s of g.set) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const order = (x: string, y: string) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
  sets.sort((x, y) => x.set.size - y.set.size);
  const index = new Map<string, number[]>();
  let verifications = 0;
  for (let i = 0; i < sets.length && verifications < MAX_VERIFICATIONS; i++) {
    const g = sets[i]!;
    const tokens = [...g.set].sort(order);
    const prefix = tokens.slice(0, tokens.length - Math.ceil(threshold * tokens.length) + 1);
    const candidates = new Set<number>();
    for (const tok of prefix) for (const j of index.get(tok) ?? []) candidates.add(j);
    for (const j of candidates) {
      const other = sets[j]!;
      if (other.set.size < threshold * g.set.size) continue;
      if (++verifications > MAX_VERIFICATIONS) break;
      const sim = jaccard(g.set, other.set);
      if (sim >= threshold) push(other.names[0]!, g.names[0]!, Math.round(sim * 1000) / 1000);
    }
    for (const tok of prefix) (index.get(tok) ?? index.set(tok, []).get(tok)!).push(i);
  }
  return pairs.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
