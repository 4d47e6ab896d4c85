// Reads the tool entries of a snapshot file in format 2 and checks each stored sha256 against the tool it stands beside.
//
// Format 2 stores each tool as `{"sha256": "sha256:<hex>", "tool": {…}}` in the `tools` array, the tool pretty-printed
// with sorted keys (canonicalToolText), and no catalog-level hash: the catalog hash is computed from the tool hashes
// on read. Every line of the file belongs to one tool or to the header, so two pull requests that change different
// tools edit different lines, separated by unchanged ones, and git merges them without a conflict.
import { UserError } from '../errors.js';
import { isObject, type JsonObject } from '../findings/json.js';
import { canonicalToolText, rememberToolHash, sha256, sortToolKeys } from './canonical.js';

/** The bytes around a tool's text in an entry exactly as serializeSnapshot writes it (two-space JSON, entry at depth 2). */
const ENTRY_HEAD = '{\n      "sha256": "';
const ENTRY_MIDDLE = '",\n      "tool": ';
const ENTRY_TAIL = '\n    }';
const HASH_LENGTH = 'sha256:'.length + 64;
const HASH = /^sha256:[0-9a-f]{64}$/;

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
  return tool;
}

/**
 * The tool of one entry's raw text (`tools[index]` of the file). When the entry is laid out as written, the stored
 * hash is checked against exactly the bytes of the tool's text (no serialising); any other layout is parsed and
 * checked by meaning (verifiedEntryTool). Throws SnapshotIntegrityError on a mismatch and SyntaxError on bad JSON.
 */
export function readToolEntry(raw: string, index: number, source: string): JsonObject {
  const toolStart = ENTRY_HEAD.length + HASH_LENGTH + ENTRY_MIDDLE.length;
  const hash = raw.slice(ENTRY_HEAD.length, ENTRY_HEAD.length + HASH_LENGTH);
  const laidOut =
    raw.startsWith(ENTRY_HEAD) &&
    raw.startsWith(ENTRY_MIDDLE, ENTRY_HEAD.length + HASH_LENGTH) &&
    raw.endsWith(ENTRY_TAIL) &&
    raw.length > toolStart + ENTRY_TAIL.length &&
    HASH.test(hash);
  if (laidOut) {
    const text = raw.slice(toolStart, raw.length - ENTRY_TAIL.length);
    if (sha256(text) === hash) {
      const parsed = JSON.parse(text) as unknown;
      if (!isObject(parsed) || typeof parsed.name !== 'string') throw badEntry(source, index);
      const tool = sortToolKeys(parsed);
      // Bytes with sorted keys are the canonical text (serializeSnapshot's), so the checked hash is the tool's hash.
      if (tool === parsed) rememberToolHash(tool, hash);
      return tool;
    }
  }
  return verifiedEntryTool(JSON.parse(raw), index, source);
}
