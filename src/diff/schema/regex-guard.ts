// The regex guard of the schema verdicts: which catalog patterns may be compiled to a backtracking RegExp, and how long a string they may read.

/** Longest pattern source compiled; a longer one is not evaluated. */
const MAX_PATTERN_LENGTH = 500;
/** Most unbounded quantifiers one pattern may hold (adjacent ones backtrack polynomially, degree = their count). */
const MAX_QUANTIFIERS = 8;

/**
 * What the regex guard protects and what it does not. ajv compiles every `pattern`, `patternProperties` key and
 * `propertyNames` pattern to a backtracking RegExp, and all of them come from the untrusted catalog. Rejected before
 * compiling (the pair then gets no witness, and the note says why): patterns over 500 characters, nested unbounded
 * quantifiers such as `(a+)+` or `(\w*,)*` (exponential backtracking), more than 8 unbounded quantifiers. Not
 * prevented: exponential backtracking through overlapping alternatives such as `(a|a)*`, and polynomial backtracking
 * of degree ≤ 8. Both are bounded by the input length, which the search keeps short: in a pair with a regex keyword
 * no string the regex can see is longer than {@link REGEX_INPUT_CAP} characters (2^16 steps at worst). A single
 * match cannot be interrupted; the time budget is checked between matches.
 */
export const REGEX_INPUT_CAP = 16;

class UnsafePattern extends Error {}

/** Why a pattern may backtrack without bound (so it is not compiled), or undefined when it is tame enough. */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `a pattern longer than ${MAX_PATTERN_LENGTH} characters`;
  // One entry per open group: does it contain an unbounded quantifier?
  const groups: boolean[] = [false];
  let quantifiers = 0;
  let lastGroupHadQuantifier = false;
  let i = 0;
  const unboundedAt = (j: number): number => {
    // Length of an unbounded quantifier at j (`*`, `+`, `{n,}`, `{n,m}` with m > 1), else 0.
    const c = pattern[j];
    if (c === '*' || c === '+') return 1;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(j));
      if (m && (m[2] !== undefined ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1)) return m[0].length;
    }
    return 0;
  };
  while (i < pattern.length) {
    const c = pattern[i]!;
    let atomIsGroup = false;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      groups.push(false);
      i++;
      continue;
    } else if (c === ')') {
      lastGroupHadQuantifier = groups.length > 1 ? groups.pop()! : false;
      atomIsGroup = true;
      i++;
    } else i++;
    const q = unboundedAt(i);
    if (q) {
      quantifiers++;
      if (atomIsGroup && lastGroupHadQuantifier) return 'nested unbounded quantifiers (exponential backtracking)';
      groups[groups.length - 1] = true;
      i += q;
      if (pattern[i] === '?' || pattern[i] === '+') i++;
    } else if (atomIsGroup && lastGroupHadQuantifier) groups[groups.length - 1] = true;
    if (quantifiers > MAX_QUANTIFIERS) return `more than ${MAX_QUANTIFIERS} unbounded quantifiers`;
  }
  return undefined;
}

/**
 * The one way a catalog pattern becomes a RegExp (ajv's regex engine option, and the structural judge): refuses a
 * pattern that could backtrack without bound (UnsafePattern), else a plain RegExp with ajv's flags ("u").
 */
export function guardedRegExp(pattern: string, flags: string): RegExp {
  const why = unsafePatternReason(pattern);
  if (why) throw new UnsafePattern(`the pattern ${JSON.stringify(pattern.slice(0, 60))} was not evaluated: ${why}`);
  return new RegExp(pattern, flags);
}
/** What ajv writes into the code it generates to build the same RegExp. */
guardedRegExp.code = 'new RegExp';
