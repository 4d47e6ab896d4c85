// "Did you mean …?": the known name closest to a mistyped one, by an edit distance that gives up past a small bound.

/** Longest input compared: a name this long is no typo of a flag or a rule id, and the work per candidate stays bounded. */
const MAX_INPUT = 80;

/**
 * Levenshtein distance of `a` and `b` (adjacent swaps count 1, as typos make them), or `bound + 1` as soon as it
 * must exceed `bound`: each row costs at most O(|b|), and rows stop once every cell is past the bound.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > bound) return bound + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `input` (case-insensitive), or undefined when none is within a third of the input's length
 * (at least 1, at most 3 edits) and it completes no single candidate: close enough to be the name meant, not a guess.
 * Ties go to the earlier candidate.
 */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_INPUT) return undefined;
  const wanted = input.toLowerCase();
  const list = [...candidates];
  // A unique completion (`--fail` → `--fail-on`) is meant even when it is many edits away.
  const completions = wanted.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(wanted)) : [];
  if (completions.length === 1) return completions[0];
  const bound = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = bound + 1;
  for (const candidate of list) {
    const d = boundedDistance(wanted, candidate.toLowerCase(), Math.min(bound, bestDistance));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
