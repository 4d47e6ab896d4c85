// Glob patterns for usage files and tool names (`**`, `*`, `?`, `{a,b}`), matched without backtracking blow-up: O(pattern × text).

/** Most alternatives one pattern's braces may expand to (a `{a,b}{c,d}…` pattern beyond it is refused). */
const MAX_EXPANSIONS = 64;

/** A pattern's `{a,b}` groups expanded (no nesting), bounded by MAX_EXPANSIONS. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = open < 0 ? -1 : pattern.indexOf('}', open);
  if (open < 0 || close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const options = pattern.slice(open + 1, close).split(',');
  const out: string[] = [];
  for (const tail of expandBraces(pattern.slice(close + 1))) {
    for (const option of options) {
      out.push(head + option + tail);
      if (out.length > MAX_EXPANSIONS)
        throw new Error(`the pattern ${JSON.stringify(pattern)} expands to more than ${MAX_EXPANSIONS} alternatives`);
    }
  }
  return out;
}

/**
 * Whether `text` matches one segment pattern with `*` (any run) and `?` (one character). The classic greedy scan
 * with one remembered star: each star restart advances the text, so the work is at most pattern × text.
 */
export function matchSegment(pattern: string, text: string): boolean {
  let p = 0,
    t = 0,
    star = -1,
    mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Whether a `/`-separated path matches a path glob: `**` spans any number of segments, the other segments match one
 * segment each. A table over (pattern segment, path segment) pairs: each pair is decided once.
 */
function matchPath(patternSegments: readonly string[], pathSegments: readonly string[]): boolean {
  const P = patternSegments.length,
    S = pathSegments.length;
  // can[j]: pattern segments from i on match path segments from j on (filled from the end).
  let next = new Array<boolean>(S + 1).fill(false);
  next[S] = true;
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array<boolean>(S + 1).fill(false);
    const seg = patternSegments[i]!;
    for (let j = S; j >= 0; j--) {
      if (seg === '**') cur[j] = next[j]! || (j < S && cur[j + 1]!);
      else cur[j] = j < S && next[j + 1]! && matchSegment(seg, pathSegments[j]!);
    }
    next = cur;
  }
  return next[0]!;
}

/** A compiled list of path globs (relative to the usage root, `/` separators); a pattern without `/` matches the base name anywhere. */
export function pathMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.flatMap(expandBraces).map((p) => {
    const clean = p.replace(/^\.\//, '');
    return clean.includes('/') ? clean.split('/') : ['**', clean];
  });
  return (relativePath) => {
    const segments = relativePath.split('/');
    return compiled.some((c) => matchPath(c, segments));
  };
}

/** Whether a pattern has glob characters (so it names several tools, e.g. `mcp__github__*`). */
export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/** The names among `names` that a name glob (one segment, no `/`) matches. */
export function namesMatching(pattern: string, names: Iterable<string>): string[] {
  const alternatives = expandBraces(pattern);
  const out: string[] = [];
  for (const name of names) if (alternatives.some((a) => matchSegment(a, name))) out.push(name);
  return out;
}
