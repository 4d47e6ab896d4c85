// Counts o200k_base BPE tokens offline: js-tiktoken's rank table and split pattern, a fast loader, per-segment and per-piece memos.
//
// Why not `new Tiktoken(ranks).encode(text).length` from js-tiktoken/lite: its constructor turns the 200,000
// ranks into comma-joined byte strings (0.3–1 s per process) and `encode` builds arrays per piece. We only
// count, so the same algorithm runs over a rank map keyed by latin1 byte strings (built with atob: 60 ms on a loaded 2-core machine),
// and each distinct pre-token piece is merged once (catalog JSON repeats a few thousand pieces millions of
// times). Tests check the counts against js-tiktoken's own encoder.

export const TOKENIZER_NAME = 'o200k_base';

export interface TokenCounter {
  readonly name: string;
  count(text: string): number;
}

/**
 * Pieces longer than this (in bytes) are merged in chunks of this size: BPE is quadratic in the piece length,
 * and a hostile catalog can hold megabyte-long words. Only such pieces (a word, number or symbol run over 512
 * bytes, e.g. base64 blobs) are counted differently from js-tiktoken: a few tokens more per cut.
 */
const MAX_PIECE_BYTES = 512;
/** Distinct pieces remembered per counter; past it, pieces are merged every time (correct, slower). */
const MAX_MEMO = 200_000;

interface RankFile {
  pat_str: string;
  bpe_ranks: string;
}

/** rank table lines: "<prefix> <offset> <base64 token> <base64 token> …", ranks counting up from offset. */
function parseRanks(bpeRanks: string): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const line of bpeRanks.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    const offset = Number.parseInt(fields[1]!, 10);
    // atob returns one char per byte (a latin1 string): about 3× faster than Buffer.from for 200,000 short tokens.
    for (let i = 2; i < fields.length; i++) ranks.set(atob(fields[i]!), offset + i - 2);
  }
  return ranks;
}

/** Number of tokens BPE merges `bytes` (a latin1 string, one char per byte) into: tiktoken's lowest-rank-first merge, leftmost on ties. */
function mergeCount(bytes: string, ranks: Map<string, number>): number {
  if (bytes.length <= 1 || ranks.has(bytes)) return bytes.length === 0 ? 0 : 1;
  // Part boundaries: starts[i]..starts[i+1] is part i.
  const starts: number[] = [];
  for (let i = 0; i <= bytes.length; i++) starts.push(i);
  while (starts.length > 2) {
    let best = -1, bestRank = Infinity;
    for (let i = 0; i < starts.length - 2; i++) {
      const rank = ranks.get(bytes.slice(starts[i]!, starts[i + 2]!));
      if (rank !== undefined && rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    if (best < 0) break;
    starts.splice(best + 1, 1);
  }
  return starts.length - 1;
}

function pieceCount(piece: string, ranks: Map<string, number>): number {
  const bytes = Buffer.from(piece, 'utf8').toString('latin1');
  if (bytes.length <= MAX_PIECE_BYTES) return mergeCount(bytes, ranks);
  let n = 0;
  for (let i = 0; i < bytes.length; i += MAX_PIECE_BYTES) n += mergeCount(bytes.slice(i, i + MAX_PIECE_BYTES), ranks);
  return n;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Whether `text` can be cut before index `i` without changing its pre-tokens: an ASCII letter or digit that follows
 * two ASCII punctuation characters (in JSON, before every key and most values: `{"name":"x","type":…`). In the
 * o200k_base (and cl100k_base) split pattern, punctuation joins a piece only as one leading character before
 * letters, as the `'` of a contraction after letters, or in a punctuation run, which takes every following
 * character that is not a letter, digit or space. Two punctuation characters in a row are therefore in one run,
 * and it ends before the letter or digit; the pattern looks ahead only past whitespace, so each part splits alone
 * exactly as it does in place.
 */
function isSegmentCut(text: string, i: number): boolean {
  return i >= 2 && isAsciiAlphanumeric(text.charCodeAt(i)) && isAsciiPunctuation(text.charCodeAt(i - 1)) && isAsciiPunctuation(text.charCodeAt(i - 2));
}

/** A counter over one rank file (exported for tests that compare other tables). */
export function counterFrom(name: string, file: RankFile): TokenCounter {
  const ranks = parseRanks(file.bpe_ranks);
  const pattern = new RegExp(file.pat_str, 'gu');
  const memo = new Map<string, number>();
  const countPieces = (text: string): number => {
    let total = 0;
    // match() with a global pattern lists the pieces as plain strings: no match object per piece (matchAll makes one).
    for (const piece of text.match(pattern) ?? []) {
      let n = memo.get(piece);
      if (n === undefined) {
        n = pieceCount(piece, ranks);
        if (memo.size < MAX_MEMO) memo.set(piece, n);
      }
      total += n;
    }
    return total;
  };
  // Catalog JSON repeats the same segments (`type":"`, `string","`, whole descriptions) far more than it has distinct ones.
  // A null-prototype object, not a Map: property keys are stored as flat internalised copies, while Map keys would
  // be slices that keep every tool's whole text alive (~16 MB for 10,000 tools).
  const segmentMemo: Record<string, number> = Object.create(null);
  let segmentMemoSize = 0;
  return {
    name,
    count(text: string): number {
      let total = 0, start = 0;
      for (let i = 1; i <= text.length; i++) {
        // A segment ends at a cut (see isSegmentCut) and at the end of the text.
        if (i < text.length && !isSegmentCut(text, i)) continue;
        const segment = text.slice(start, i);
        start = i;
        let n = segmentMemo[segment];
        if (n === undefined) {
          n = countPieces(segment);
          if (segmentMemoSize < MAX_MEMO) {
            segmentMemo[segment] = n;
            segmentMemoSize++;
          }
        }
        total += n;
      }
      return total;
    },
  };
}

let loading: Promise<TokenCounter> | undefined;

/**
 * The o200k_base counter (GPT-4o family), loaded on first use: the rank table is a 2 MB module imported
 * dynamically, so commands that never count tokens do not pay for it. Special-token text such as
 * "<|endoftext|>" counts as ordinary text.
 */
export function loadTokenCounter(): Promise<TokenCounter> {
  loading ??= import('js-tiktoken/ranks/o200k_base').then((m) => counterFrom(TOKENIZER_NAME, m.default as RankFile));
  return loading;
}
