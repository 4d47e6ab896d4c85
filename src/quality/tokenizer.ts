// Counts o200k_base BPE tokens offline: js-tiktoken's rank table and split pattern as flat typed arrays, per-segment and per-piece memos.
//
// Why not `new Tiktoken(ranks).encode(text).length` from js-tiktoken/lite: its constructor turns the 200,000
// ranks into comma-joined byte strings (0.3–1 s per process) and `encode` builds arrays per piece. We only
// count, so the same algorithm runs over byte ranges looked up in a hash index (src/quality/token-table.ts),
// loaded from the binary table the build writes beside the bundle (a few ms; decoding js-tiktoken's base64 module
// instead took 60–90 ms per process), and each distinct pre-token piece is merged once (catalog JSON repeats a
// few thousand pieces millions of times). Tests check the counts against js-tiktoken's own encoder.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { rankOf, tableFromBytes, tableFromRankFile, type TokenTable } from './token-table.js';

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

/**
 * Number of tokens BPE merges bytes[start..end) into: tiktoken's lowest-rank-first merge, leftmost on ties. The rank
 * of each adjacent pair is kept and only the two pairs beside a merge are looked up again, as tiktoken does.
 */
function mergeCount(table: TokenTable, bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 1) return n;
  if (rankOf(table, bytes, start, end) >= 0) return 1;
  // Part i is bytes[starts[i] .. starts[i + 1]); pairRank[i] is the rank of parts i and i + 1 joined (-1: not a token).
  const starts: number[] = [],
    pairRank: number[] = [];
  for (let i = start; i <= end; i++) {
    starts.push(i);
    pairRank.push(i + 2 <= end ? rankOf(table, bytes, i, i + 2) : -1);
  }
  while (starts.length > 2) {
    let best = -1,
      bestRank = Infinity;
    for (let i = 0; i < starts.length - 2; i++) {
      const r = pairRank[i]!;
      if (r >= 0 && r < bestRank) {
        bestRank = r;
        best = i;
      }
    }
    if (best < 0) break;
    starts.splice(best + 1, 1);
    pairRank.splice(best + 1, 1);
    pairRank[best] = best + 2 < starts.length ? rankOf(table, bytes, starts[best]!, starts[best + 2]!) : -1;
    if (best > 0) pairRank[best - 1] = rankOf(table, bytes, starts[best - 1]!, starts[best + 1]!);
  }
  return starts.length - 1;
}

const utf8 = new TextEncoder();
/** UTF-8 bytes of the piece being counted (grown as needed; a UTF-16 unit is at most 3 bytes). */
let scratch = new Uint8Array(4096);

function pieceCount(piece: string, table: TokenTable): number {
  if (scratch.length < piece.length * 3) scratch = new Uint8Array(piece.length * 3);
  const n = utf8.encodeInto(piece, scratch).written;
  if (n <= MAX_PIECE_BYTES) return mergeCount(table, scratch, 0, n);
  let total = 0;
  for (let i = 0; i < n; i += MAX_PIECE_BYTES) total += mergeCount(table, scratch, i, Math.min(n, i + MAX_PIECE_BYTES));
  return total;
}

/** Character classes for segment cuts, by char code below 128 (everything else is neither). */
const PUNCTUATION = 1,
  ALPHANUMERIC = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) {
  const alphanumeric = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  ASCII_CLASS[c] = alphanumeric ? ALPHANUMERIC : PUNCTUATION;
}

/*
 * Where `text` can be cut without changing its pre-tokens: after a `"` that follows an ASCII punctuation character
 * and precedes an ASCII letter or digit (in JSON, before every key and every string value that starts with one:
 * `{"name":"x","type":…`). In the o200k_base (and cl100k_base) split pattern, punctuation joins a piece only as one
 * leading character before letters, as the `'` of a contraction after letters, or in a punctuation run, which takes
 * every following character that is not a letter, digit or space. Two punctuation characters in a row are therefore
 * in one run, and it ends before the letter or digit; the pattern looks ahead only past whitespace, so each part
 * splits alone exactly as it does in place. Cutting only after quotes lets the scan jump from quote to quote.
 */

/** A string equal to `s` that shares no memory with the text it was sliced from (a slice would keep a whole tool's JSON alive). */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The ASCII members of each Unicode property the split patterns use, as class contents ('' for none). */
const ASCII_PROPERTY: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', Lt: '', Lm: '', Lo: '', M: '', N: '0-9' };

/**
 * The split pattern for texts of ASCII characters only: every `\p{…}` replaced by its ASCII members (letters, digits;
 * no mark or title-case, modifier or other letter is ASCII). On such a text it matches exactly what the full pattern
 * matches, and it compiles in a fraction of the time: the full pattern's Unicode classes cost ~9 ms per process
 * (construction and first match). Undefined when the pattern uses a property not listed above, or a `\P{…}`.
 */
export function asciiSplitPattern(source: string): string | undefined {
  let out = '',
    inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\([pP])\{(\w+)\}/.exec(source.slice(i));
      if (!property) {
        out += source.slice(i, i + 2);
        i++;
        continue;
      }
      const members = ASCII_PROPERTY[property[2]!];
      if (property[1] === 'P' || members === undefined) return undefined;
      out += inClass ? members : `[${members}]`;
      i += property[0].length - 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A counter over a loaded table. */
export function counterFromTable(name: string, table: TokenTable): TokenCounter {
  const ascii = asciiSplitPattern(table.pattern);
  const asciiPattern = ascii === undefined ? undefined : new RegExp(ascii, 'gu');
  let fullPattern: RegExp | undefined;
  const patternFor = (text: string): RegExp =>
    asciiPattern && !NON_ASCII.test(text) ? asciiPattern : (fullPattern ??= new RegExp(table.pattern, 'gu'));
  const memo = new Map<string, number>();
  const countPieces = (text: string): number => {
    let total = 0;
    // match() with a global pattern lists the pieces as plain strings: no match object per piece (matchAll makes one).
    for (const piece of text.match(patternFor(text)) ?? []) {
      let n = memo.get(piece);
      if (n === undefined) {
        n = pieceCount(piece, table);
        if (memo.size < MAX_MEMO) memo.set(piece, n);
      }
      total += n;
    }
    return total;
  };
  // Catalog JSON repeats the same segments (`type":"`, `string","`, whole descriptions) far more than it has distinct ones.
  // A new segment is stored as a detached copy (a slice would keep the whole tool's JSON alive).
  const segments = new Map<string, number>();
  const segmentCount = (segment: string): number => {
    let n = segments.get(segment);
    if (n === undefined) {
      n = countPieces(segment);
      if (segments.size < MAX_MEMO) segments.set(detached(segment), n);
    }
    return n;
  };
  return {
    name,
    count(text: string): number {
      if (text.length === 0) return 0;
      let total = 0,
        start = 0;
      // A segment ends at a cut (see the note above `detached`) and at the end of the text.
      for (let quote = text.indexOf('"', 1); quote >= 0 && quote + 1 < text.length; quote = text.indexOf('"', quote + 1)) {
        const before = text.charCodeAt(quote - 1),
          after = text.charCodeAt(quote + 1);
        if (before < 128 && ASCII_CLASS[before] === PUNCTUATION && after < 128 && ASCII_CLASS[after] === ALPHANUMERIC) {
          total += segmentCount(text.slice(start, quote + 1));
          start = quote + 1;
        }
      }
      return total + segmentCount(start === 0 ? text : text.slice(start));
    },
  };
}

let loading: Promise<TokenCounter> | undefined;

/** The binary o200k_base table `npm run build` writes to dist/: beside the bundle's entry files, one level above its chunks. */
export const O200K_TABLE_FILE = 'o200k_base.tokens.bin';

/** Set by the bundler (scripts/build.mjs): the bundle ships the binary table only, so it never carries js-tiktoken's ranks too. */
declare const __MCP_CONTRACT_BUNDLED__: boolean | undefined;
const BUNDLED = typeof __MCP_CONTRACT_BUNDLED__ === 'boolean' && __MCP_CONTRACT_BUNDLED__;

/**
 * The binary table beside this module or one directory up. Running from src/ (tests, development) there is none, and
 * js-tiktoken's rank module builds the same table; the bundle has no such fallback and says how to repair the install.
 */
async function loadO200kTable(): Promise<TokenTable> {
  let lastError: unknown;
  for (const dir of ['./', '../']) {
    try {
      return tableFromBytes(await readFile(new URL(dir + O200K_TABLE_FILE, import.meta.url)));
    } catch (err) {
      lastError = err; // Not there (or damaged): try the next place.
    }
  }
  if (BUNDLED) {
    throw new UserError(
      `the token table ${O200K_TABLE_FILE} beside the mcp-contract bundle is missing or damaged (${(lastError as Error).message})`,
      {
        hint: 'reinstall mcp-contract (npm install mcp-contract), or rebuild it with `npm run build`; `--no-footprint` skips token counting',
      },
    );
  }
  const m = await import('js-tiktoken/ranks/o200k_base');
  return tableFromRankFile(m.default as RankFile);
}

/**
 * The o200k_base counter (GPT-4o family), loaded on first use, so commands that never count tokens do not pay
 * for it. Special-token text such as "<|endoftext|>" counts as ordinary text.
 */
export function loadTokenCounter(): Promise<TokenCounter> {
  loading ??= loadO200kTable().then((table) => counterFromTable(TOKENIZER_NAME, table));
  return loading;
}
