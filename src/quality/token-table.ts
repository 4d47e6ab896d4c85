// A BPE rank table as flat typed arrays (token bytes, ranks, a hash index), built from a tiktoken rank file or read back from its binary form.
//
// The binary form (`npm run build` writes dist/o200k_base.tokens.bin) loads in about a millisecond: no base64 to
// decode, no 200,000 strings to make and no index to build (js-tiktoken's rank module cost 60–90 ms per run; building
// the index alone ~12 ms). Layout, little-endian, every section 4-byte aligned:
//   "BPETBL02" · u32 tokenCount · u32 blobBytes · u32 patternBytes · u32 slotCount · pattern (UTF-8, zero-padded to 4)
//   · u32 offsets[tokenCount + 1] · u32 ranks[tokenCount] · i32 slots[slotCount] · blob (the token bytes, back to back)

export interface TokenTable {
  /** The pre-tokenizer split pattern (a regular expression source, used with the `u` flag). */
  readonly pattern: string;
  /** Token t's bytes are blob[offsets[t] .. offsets[t + 1]). */
  readonly blob: Uint8Array;
  readonly offsets: Uint32Array;
  readonly ranks: Uint32Array;
  /** Open addressing over FNV-1a of the bytes: token index + 1, 0 when the slot is empty. */
  readonly slots: Int32Array;
  readonly mask: number;
}

const MAGIC = 'BPETBL02';
const HEADER_BYTES = 8 + 4 * 4;

/** FNV-1a over bytes[start..end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** Token index of bytes[start..end), or -1. */
function findToken(table: Omit<TokenTable, 'ranks' | 'pattern'>, bytes: Uint8Array, start: number, end: number): number {
  const { blob, offsets, slots, mask } = table;
  const length = end - start;
  for (let slot = hashBytes(bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0) return -1;
    const t = entry - 1,
      at = offsets[t]!;
    if (offsets[t + 1]! - at !== length) continue;
    let i = 0;
    while (i < length && blob[at + i] === bytes[start + i]) i++;
    if (i === length) return t;
  }
}

/** Rank of the token bytes[start..end), or -1 when those bytes are not a token. */
export function rankOf(table: TokenTable, bytes: Uint8Array, start: number, end: number): number {
  const t = findToken(table, bytes, start, end);
  return t < 0 ? -1 : table.ranks[t]!;
}

/** The hash index over a table's tokens (a load factor under one half). */
function indexTokens(blob: Uint8Array, offsets: Uint32Array, count: number): { slots: Int32Array; mask: number } {
  let size = 1024;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size),
    mask = size - 1;
  for (let t = 0; t < count; t++) {
    let slot = hashBytes(blob, offsets[t]!, offsets[t + 1]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = t + 1;
  }
  return { slots, mask };
}

const BASE64_VALUE = new Int8Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));

/**
 * The table of a tiktoken rank file as js-tiktoken ships it: `bpe_ranks` is "<prefix> <offset> <base64> <base64> …"
 * lines, ranks counting up from the offset. A token listed twice keeps its last rank.
 */
export function tableFromRankFile(file: { pat_str: string; bpe_ranks: string }): TokenTable {
  const text = file.bpe_ranks;
  const tokens: Uint8Array[] = [],
    ranks: number[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const lineEnd = (text.indexOf('\n', lineStart) + 1 || text.length + 1) - 1;
    const prefixEnd = text.indexOf(' ', lineStart);
    if (prefixEnd >= 0 && prefixEnd < lineEnd) {
      let at = text.indexOf(' ', prefixEnd + 1);
      if (at < 0 || at > lineEnd) at = lineEnd;
      const offset = Number.parseInt(text.slice(prefixEnd + 1, at), 10);
      for (let rank = offset; at < lineEnd; rank++) {
        const start = at + 1;
        let end = text.indexOf(' ', start);
        if (end < 0 || end > lineEnd) end = lineEnd;
        at = end;
        if (end - start < 2) continue;
        tokens.push(Buffer.from(text.slice(start, end), 'base64'));
        ranks.push(rank);
      }
    }
    lineStart = lineEnd + 1;
  }
  // Duplicates: the last occurrence wins, as a Map filled in table order would.
  const lastIndex = new Map<string, number>();
  tokens.forEach((t, i) => lastIndex.set(Buffer.from(t).toString('latin1'), i));
  const kept = [...lastIndex.values()].sort((a, b) => a - b);
  const offsets = new Uint32Array(kept.length + 1);
  let size = 0;
  kept.forEach((i, k) => {
    offsets[k] = size;
    size += tokens[i]!.length;
  });
  offsets[kept.length] = size;
  const blob = new Uint8Array(size);
  kept.forEach((i, k) => blob.set(tokens[i]!, offsets[k]!));
  const keptRanks = Uint32Array.from(kept, (i) => ranks[i]!);
  return { pattern: file.pat_str, blob, offsets, ranks: keptRanks, ...indexTokens(blob, offsets, kept.length) };
}

const align4 = (n: number) => (n + 3) & ~3;

/** The binary form of a table (see the layout at the top of this file). */
export function serializeTable(table: TokenTable): Uint8Array {
  const count = table.ranks.length;
  const pattern = Buffer.from(table.pattern, 'utf8');
  const patternEnd = HEADER_BYTES + align4(pattern.length);
  const offsetsAt = patternEnd,
    ranksAt = offsetsAt + 4 * (count + 1),
    slotsAt = ranksAt + 4 * count,
    blobAt = slotsAt + 4 * table.slots.length;
  const out = Buffer.alloc(blobAt + table.blob.length);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(table.blob.length, 12);
  out.writeUInt32LE(pattern.length, 16);
  out.writeUInt32LE(table.slots.length, 20);
  pattern.copy(out, HEADER_BYTES);
  for (let i = 0; i <= count; i++) out.writeUInt32LE(table.offsets[i]!, offsetsAt + 4 * i);
  for (let i = 0; i < count; i++) out.writeUInt32LE(table.ranks[i]!, ranksAt + 4 * i);
  for (let i = 0; i < table.slots.length; i++) out.writeInt32LE(table.slots[i]!, slotsAt + 4 * i);
  out.set(table.blob, blobAt);
  return out;
}

/** A table from its binary form; throws when the bytes are not one (wrong magic, truncated). */
export function tableFromBytes(input: Uint8Array): TokenTable {
  // Typed views need 4-byte alignment: a Buffer from the pool may start anywhere.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== MAGIC)
    throw new Error('not a BPE token table (bad magic)');
  const count = view.getUint32(8, true),
    blobBytes = view.getUint32(12, true),
    patternBytes = view.getUint32(16, true),
    slotCount = view.getUint32(20, true);
  const offsetsAt = HEADER_BYTES + align4(patternBytes),
    ranksAt = offsetsAt + 4 * (count + 1),
    slotsAt = ranksAt + 4 * count,
    blobAt = slotsAt + 4 * slotCount;
  if (blobAt + blobBytes !== bytes.byteLength)
    throw new Error(`BPE token table is ${bytes.byteLength} bytes, its header says ${blobAt + blobBytes}`);
  if (slotCount < count || (slotCount & (slotCount - 1)) !== 0)
    throw new Error(`BPE token table has ${slotCount} index slots for ${count} tokens`);
  const pattern = Buffer.from(bytes.buffer, bytes.byteOffset + HEADER_BYTES, patternBytes).toString('utf8');
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, count + 1);
  const ranks = new Uint32Array(bytes.buffer, bytes.byteOffset + ranksAt, count);
  const blob = new Uint8Array(bytes.buffer, bytes.byteOffset + blobAt, blobBytes);
  const slots = new Int32Array(bytes.buffer, bytes.byteOffset + slotsAt, slotCount);
  return { pattern, blob, offsets, ranks, slots, mask: slotCount - 1 };
}
