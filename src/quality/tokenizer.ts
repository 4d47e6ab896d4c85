// Counts o200k_base BPE tokens offline: js-tiktoken's rank table and split pattern, a fast loader, per-segment and per-piece memos.
//
// Why not `new Tiktoken(ranks).encode(text).length` from js-tiktoken/lite: its constructor turns the 200,000
// ranks into comma-joined byte strings (0.3–1 s per process) and `encode` builds arrays per piece. We only
// count, so the same algorithm runs over rank maps keyed by latin1 byte strings, decoded one group of tokens
// at a time as lookups need them (decoding all 200,000 up front took 60–330 ms per process), and each distinct
// pre-token piece is merged once (catalog JSON repeats a few thousand pieces millions of times). Tests check
// the counts against js-tiktoken's own encoder.

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

/** Rank of a byte string (latin1, one char per byte), or undefined when it is not a token. */
interface RankTable {
  get(bytes: string): number | undefined;
}

const BASE64_VALUE = new Int8Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));
/** Tokens are grouped by their first byte and the high half of their second (0 for one-byte tokens): 4,096 groups. */
const GROUPS = 256 * 16;

/**
 * The rank table, decoded lazily: one pass records where each base64 token is and its group (no strings made),
 * and a group's tokens are decoded into a Map the first time a byte string of that group is looked up. A small
 * catalog touches a few hundred of the 4,096 groups, so most of the 200,000 tokens are never decoded.
 * Table lines: "<prefix> <offset> <base64 token> <base64 token> …", ranks counting up from offset.
 */
function lazyRanks(bpeRanks: string): RankTable {
  const starts: number[] = [], ends: number[] = [], ranks: number[] = [];
  const firstOfGroup = new Int32Array(GROUPS).fill(-1);
  const nextInGroup: number[] = [];
  for (let lineStart = 0; lineStart < bpeRanks.length;) {
    const lineEnd = (bpeRanks.indexOf('\n', lineStart) + 1 || bpeRanks.length + 1) - 1;
    const prefixEnd = bpeRanks.indexOf(' ', lineStart);
    if (prefixEnd >= 0 && prefixEnd < lineEnd) {
      let at = bpeRanks.indexOf(' ', prefixEnd + 1);
      if (at < 0 || at > lineEnd) at = lineEnd;
      const offset = Number.parseInt(bpeRanks.slice(prefixEnd + 1, at), 10);
      for (let rank = offset; at < lineEnd; rank++) {
        const start = at + 1;
        let end = bpeRanks.indexOf(' ', start);
        if (end < 0 || end > lineEnd) end = lineEnd;
        at = end;
        if (end - start < 2) continue;
        // First two base64 digits: the first byte's 8 bits and the high 4 bits of the second (0 for one-byte tokens).
        const v0 = BASE64_VALUE[bpeRanks.charCodeAt(start)] ?? -1, v1 = BASE64_VALUE[bpeRanks.charCodeAt(start + 1)] ?? -1;
        if (v0 < 0 || v1 < 0) continue;
        const group = (((v0 << 2) | (v1 >> 4)) << 4) | (v1 & 15);
        const t = starts.length;
        starts.push(start);
        ends.push(end);
        ranks.push(rank);
        nextInGroup.push(firstOfGroup[group]!);
        firstOfGroup[group] = t;
      }
    }
    lineStart = lineEnd + 1;
  }
  const decoded: Array<Map<string, number> | undefined> = new Array(GROUPS);
  const decode = (group: number): Map<string, number> => {
    const map = new Map<string, number>();
    // Newest first: a token listed twice keeps its last rank, as a Map filled in table order would.
    for (let t = firstOfGroup[group]!; t >= 0; t = nextInGroup[t]!) {
      // atob returns one char per byte (a latin1 string): about 3× faster than Buffer.from for short tokens.
      const bytes = atob(bpeRanks.slice(starts[t]!, ends[t]!));
      if (!map.has(bytes)) map.set(bytes, ranks[t]!);
    }
    return map;
  };
  return {
    get(bytes: string): number | undefined {
      if (bytes.length === 0) return undefined;
      const group = (bytes.charCodeAt(0) << 4) | (bytes.length > 1 ? bytes.charCodeAt(1) >> 4 : 0);
      if (group >= GROUPS) return undefined;
      return (decoded[group] ??= decode(group)).get(bytes);
    },
  };
}

/** Number of tokens BPE merges `bytes` (a latin1 string, one char per byte) into: tiktoken's lowest-rank-first merge, leftmost on ties. */
function mergeCount(bytes: string, ranks: RankTable): number {
  if (bytes.length <= 1 || ranks.get(bytes) !== undefined) return bytes.length === 0 ? 0 : 1;
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

function pieceCount(piece: string, ranks: RankTable): number {
  const bytes = Buffer.from(piece, 'utf8').toString('latin1');
  if (bytes.length <= MAX_PIECE_BYTES) return mergeCount(bytes, ranks);
  let n = 0;
  for (let i = 0; i < bytes.length; i += MAX_PIECE_BYTES) n += mergeCount(bytes.slice(i, i + MAX_PIECE_BYTES), ranks);
  return n;
}

/** Character classes for segment cuts, by char code below 128 (everything else is neither). */
const PUNCTUATION = 1, ALPHANUMERIC = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) {
  const alphanumeric = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  ASCII_CLASS[c] = alphanumeric ? ALPHANUMERIC : PUNCTUATION;
}

/*
 * Where `text` can be cut without changing its pre-tokens: before an ASCII letter or digit that follows
 * two ASCII punctuation characters (in JSON, before every key and most values: `{"name":"x","type":…`). In the
 * o200k_base (and cl100k_base) split pattern, punctuation joins a piece only as one leading character before
 * letters, as the `'` of a contraction after letters, or in a punctuation run, which takes every following
 * character that is not a letter, digit or space. Two punctuation characters in a row are therefore in one run,
 * and it ends before the letter or digit; the pattern looks ahead only past whitespace, so each part splits alone
 * exactly as it does in place.
 */

/** A string equal to `s` that shares no memory with the text it was sliced from (a slice would keep a whole tool's JSON alive). */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A counter over one rank file (exported for tests that compare other tables). */
export function counterFrom(name: string, file: RankFile): TokenCounter {
  const ranks = lazyRanks(file.bpe_ranks);
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
  // Looked up by a hash computed during the scan and compared in place (startsWith at an offset), so a segment
  // already seen costs no string; a new one is stored as a detached copy. Entries: chained per hash.
  const firstEntry = new Map<number, number>();
  const entryText: string[] = [], entryCount: number[] = [], nextEntry: number[] = [];
  const segmentCount = (text: string, start: number, end: number, hash: number): number => {
    const length = end - start;
    for (let e = firstEntry.get(hash) ?? -1; e >= 0; e = nextEntry[e]!) {
      const known = entryText[e]!;
      if (known.length === length && text.startsWith(known, start)) return entryCount[e]!;
    }
    const segment = text.slice(start, end);
    const n = countPieces(segment);
    if (entryText.length < MAX_MEMO) {
      nextEntry.push(firstEntry.get(hash) ?? -1);
      firstEntry.set(hash, entryText.length);
      entryText.push(detached(segment));
      entryCount.push(n);
    }
    return n;
  };
  return {
    name,
    count(text: string): number {
      if (text.length === 0) return 0;
      let total = 0, start = 0;
      // Classes of the two characters before i, and the FNV-1a hash of text[start..i).
      let before2 = 0, before1 = 0, hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const cls = c < 128 ? ASCII_CLASS[c]! : 0;
        // A segment ends at a cut (see the note above `detached`) and at the end of the text.
        if (cls === ALPHANUMERIC && before1 === PUNCTUATION && before2 === PUNCTUATION) {
          total += segmentCount(text, start, i, hash);
          start = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
        before2 = before1;
        before1 = cls;
      }
      return total + segmentCount(text, start, text.length, hash);
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
