// Reads the tool entries of a snapshot file in format 2 and checks each stored sha256 against the tool it stands beside.
//
// Format 2 stores each tool as `{"sha256": "sha256:<hex>", "tokens": "<scheme>:<count>:<check>", "tool": {…}}` in the
// `tools` array, the tool pretty-printed with sorted keys (canonicalToolText), and no catalog-level hash: the catalog
// hash is computed from the tool hashes on read. Every line of the file belongs to one tool or to the header, so two
// pull requests that change different tools edit different lines, separated by unchanged ones, and git merges them
// without a conflict. `tokens` (optional; older files lack it) is the tool's token count stored as a cache, bound to
// the tool's hash by its check: a count whose check fails is not used, and the tool is counted instead.
import { UserError } from '../errors.js';
import { isObject, type JsonObject } from '../findings/json.js';
import { canonicalToolText, rememberToolHash, sha256, sortToolKeys } from './canonical.js';
import type { ToolDef } from './types.js';

/** The bytes around a tool's text in an entry exactly as serializeSnapshot writes it (two-space JSON, entry at depth 2). */
const ENTRY_HEAD = '{\n      "sha256": "';
const ENTRY_TOKENS = '",\n      "tokens": "';
const ENTRY_MIDDLE = '",\n      "tool": ';
const ENTRY_TAIL = '\n    }';
const HASH_LENGTH = 'sha256:'.length + 64;
const HASH = /^sha256:[0-9a-f]{64}$/;
/** A stored count: `<scheme>:<count>:<check>`; the scheme names the tokenizer and what is counted ("o200k_base/1"). */
const STORED_TOKENS = /^([A-Za-z0-9_./-]{1,40}):(0|[1-9][0-9]{0,11}):([0-9a-f]{16})$/;
/** Longest `tokens` value read (a longer one is not a stored count). */
const MAX_TOKENS_VALUE = 80;

/** A token count stored beside a tool, under the scheme it was counted with. */
export interface StoredTokens {
  scheme: string;
  count: number;
}

/** Counts a tool's tokens for storing beside it (quality/footprint.ts tokenCounterForSnapshots makes one). */
export type ToolTokenCounter = (tool: ToolDef) => StoredTokens;

/** The check binding a count to the tool it counts: a hand edit of the count, or a count moved beside another tool, fails it. */
function tokensCheck(toolHash: string, scheme: string, count: number): string {
  return sha256(`${toolHash}\u0000${scheme}\u0000${count}`).slice('sha256:'.length, 'sha256:'.length + 16);
}

/** The `tokens` value serializeSnapshot writes beside a tool with this hash. */
export function storedTokensValue(toolHash: string, tokens: StoredTokens): string {
  return `${tokens.scheme}:${tokens.count}:${tokensCheck(toolHash, tokens.scheme, tokens.count)}`;
}

/** The count of a `tokens` value when it is well formed and its check holds for the tool's hash; else undefined (counted instead). */
function verifiedTokens(value: unknown, toolHash: string): StoredTokens | undefined {
  const m = typeof value === 'string' ? STORED_TOKENS.exec(value) : null;
  if (!m) return undefined;
  const tokens = { scheme: m[1]!, count: Number(m[2]) };
  return tokensCheck(toolHash, tokens.scheme, tokens.count) === m[3] ? tokens : undefined;
}

/** Verified stored counts per tool object (snapshot tools are never mutated; a head tool reused from the base shares its object). */
const STORED = new WeakMap<object, StoredTokens>();

/** The token count stored beside this tool in the file it was read from, when it was counted under `scheme` and its check held. */
export function storedTokenCount(tool: object, scheme: string): number | undefined {
  const stored = STORED.get(tool);
  return stored && stored.scheme === scheme ? stored.count : undefined;
}

function rememberTokens(tool: object, value: unknown, toolHash: string): void {
  const tokens = verifiedTokens(value, toolHash);
  if (tokens) STORED.set(tool, tokens);
}

/** The path inside `git:REF:PATH`, or the source itself: what `snapshot --out` must name to rewrite it. */
function fileOf(source: string): string {
  return /^git:[^:]+:(.+)$/.exec(source)?.[1] ?? source;
}

/** A stored hash that does not match its tool: the file was edited after it was written, and may hide a change. */
export class SnapshotIntegrityError extends UserError {}

function mismatch(source: string, index: number, name: unknown): SnapshotIntegrityError {
  const which = typeof name === 'string' ? ` (${JSON.stringify(name).slice(0, 80)})` : '';
  return new SnapshotIntegrityError(
    `${source}: tools[${index}]${which} does not match the sha256 stored beside it; the snapshot was edited after \`mcp-contract snapshot\` wrote it, so it may hide a change`,
    {
      hint: `regenerate it from the server and commit the result, e.g. \`npx mcp-contract snapshot --out ${fileOf(source)} -- <server command>\` (or with --url / --config, as it was made); never edit a snapshot by hand.`,
    },
  );
}

function badEntry(source: string, index: number): UserError {
  return new UserError(`${source}: tools[${index}] is not a {"sha256": "sha256:<hex>", "tool": {...}} entry (snapshot format 2)`, {
    hint: `the snapshot looks hand-edited or corrupted; regenerate it with \`npx mcp-contract snapshot --out ${fileOf(source)} -- <server command>\`.`,
  });
}

/**
 * A parsed entry checked by meaning: its tool's canonical text must hash to the stored sha256. This is the path for a
 * file whose layout is not byte for byte what mcp-contract writes (e.g. CRLF line ends from a git checkout, or a
 * formatter): the hash then still proves the tool is the one that was hashed. Returns the tool, key-sorted.
 */
export function verifiedEntryTool(entry: unknown, index: number, source: string): JsonObject {
  if (!isObject(entry) || typeof entry.sha256 !== 'string' || !isObject(entry.tool) || typeof entry.tool.name !== 'string') {
    throw badEntry(source, index);
  }
  const tool = sortToolKeys(entry.tool);
  const hash = sha256(canonicalToolText(tool));
  if (hash !== entry.sha256) throw mismatch(source, index, entry.tool.name);
  rememberToolHash(tool, hash);
  rememberTokens(tool, entry.tokens, hash);
  return tool;
}

/** Where a laid-out entry's tool text sits, the hash stored beside it, and its `tokens` value if it has one. */
interface LaidOutEntry {
  storedHash: string;
  storedTokens?: string;
  toolStart: number;
  toolEnd: number;
}

/** The stored hash (and tokens value) and tool bytes of `bytes[start..end)` when the entry is laid out as serializeSnapshot writes it. */
function laidOutEntry(bytes: Buffer, start: number, end: number): LaidOutEntry | undefined {
  const hashStart = start + ENTRY_HEAD.length,
    hashEnd = hashStart + HASH_LENGTH,
    toolEnd = end - ENTRY_TAIL.length;
  let middle = hashEnd,
    storedTokens: string | undefined;
  if (bytes.toString('latin1', hashEnd, hashEnd + ENTRY_TOKENS.length) === ENTRY_TOKENS) {
    const valueStart = hashEnd + ENTRY_TOKENS.length;
    const quote = bytes.indexOf(0x22, valueStart);
    if (quote < 0 || quote - valueStart > MAX_TOKENS_VALUE) return undefined;
    storedTokens = bytes.toString('latin1', valueStart, quote);
    middle = quote;
  }
  const toolStart = middle + ENTRY_MIDDLE.length;
  if (toolEnd <= toolStart) return undefined;
  const storedHash = bytes.toString('latin1', hashStart, hashEnd);
  const laidOut =
    bytes.toString('latin1', start, hashStart) === ENTRY_HEAD &&
    bytes.toString('latin1', middle, toolStart) === ENTRY_MIDDLE &&
    bytes.toString('latin1', toolEnd, end) === ENTRY_TAIL &&
    HASH.test(storedHash);
  if (!laidOut) return undefined;
  return storedTokens === undefined ? { storedHash, toolStart, toolEnd } : { storedHash, storedTokens, toolStart, toolEnd };
}

/** A tool read from a format-2 entry, and the hash its bytes verified against (absent when checked by meaning). */
export interface EntryTool {
  tool: JsonObject;
  verifiedHash?: string;
}

/**
 * The tool of one entry, `bytes[start..end)` (`tools[index]` of the file). When the entry is laid out as written, the
 * stored hash is checked against exactly the bytes of the tool's text (no serialising), and `reuse` may hand back the
 * tool of an entry already read whose bytes verified against the same hash: the same tool, byte for byte, so it is not
 * parsed again. Any other layout is parsed and checked by meaning (verifiedEntryTool). Throws SnapshotIntegrityError
 * on a mismatch and SyntaxError on bad JSON.
 */
export function readToolEntry(
  bytes: Buffer,
  start: number,
  end: number,
  index: number,
  source: string,
  reuse?: (verifiedHash: string) => JsonObject | undefined,
): EntryTool {
  const entry = laidOutEntry(bytes, start, end);
  if (entry && sha256(bytes.subarray(entry.toolStart, entry.toolEnd)) === entry.storedHash) {
    const verifiedHash = entry.storedHash;
    const known = reuse?.(verifiedHash);
    if (known) {
      if (entry.storedTokens !== undefined && !STORED.has(known)) rememberTokens(known, entry.storedTokens, verifiedHash);
      return { tool: known, verifiedHash };
    }
    const parsed = JSON.parse(bytes.toString('utf8', entry.toolStart, entry.toolEnd)) as unknown;
    if (!isObject(parsed) || typeof parsed.name !== 'string') throw badEntry(source, index);
    const tool = sortToolKeys(parsed);
    // Bytes with sorted keys are the canonical text (serializeSnapshot's), so the checked hash is the tool's hash.
    if (tool === parsed) {
      rememberToolHash(tool, verifiedHash);
      rememberTokens(tool, entry.storedTokens, verifiedHash);
    }
    return { tool, verifiedHash };
  }
  return { tool: verifiedEntryTool(JSON.parse(bytes.toString('utf8', start, end)), index, source) };
}
