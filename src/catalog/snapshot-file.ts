// Reads catalogs from disk or git (snapshot files, raw tools/list results) and writes snapshot files atomically.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { serializeSnapshot, sha256, sortToolKeys, toSnapshot } from './canonical.js';
import { readCaptureNotes } from './capture-notes.js';
import { gitRevisionHint } from './git-revision-hint.js';
import { execGit } from '../git-exec.js';
import { readServerInfo } from './server-info.js';
import { readToolEntry, storedTokensValue, verifiedEntryTool, type ToolTokenCounter } from './snapshot-v2.js';
export type { ToolTokenCounter } from './snapshot-v2.js';
import { storedToolSlices, toolSlices, type ToolSlices } from './tool-slices.js';
import type { Catalog, Snapshot } from './types.js';
import { isObject, type JsonObject } from '../findings/json.js';
import { SNAPSHOT_FORMAT_VERSION } from './types.js';

export const DEFAULT_SNAPSHOT_PATH = 'mcp-contract.snapshot.json';

/** Where a catalog came from, for messages: a file path or "git:REF:PATH". */
export interface LoadedCatalog {
  source: string;
  catalog: Catalog;
  /** Present when the source was a snapshot file (its hashes are recomputed, never trusted). */
  formatVersion?: number;
}

/** Snapshots are written as every file is: atomically, never through a symlink (src/fs-atomic.ts). */
export { writeFileAtomic };

/** The bytes of a snapshot file, each tool with its token count beside it when `countTokens` is given. */
export function snapshotFileText(snapshot: Snapshot, countTokens?: ToolTokenCounter): string {
  return serializeSnapshot(snapshot, countTokens && ((tool, hash) => storedTokensValue(hash, countTokens(tool))));
}

export async function writeSnapshotFile(file: string, snapshot: Snapshot, countTokens?: ToolTokenCounter): Promise<void> {
  try {
    await writeFileAtomic(file, snapshotFileText(snapshot, countTokens));
  } catch (err) {
    throw new UserError(`could not write the snapshot to ${file}: ${(err as Error).message}`, {
      hint: 'check that the directory exists and is writable, or choose another path with --out.',
      cause: err,
    });
  }
}

/** The most bytes read from git or standard input for one catalog. */
const MAX_SOURCE_BYTES = 512 * 1024 * 1024;

/** Standard input's bytes (`-` where a file is read); a terminal there is a mistake, not a wait for typing. */
async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) {
    throw new UserError('"-" reads the catalog from standard input, but standard input is a terminal', {
      hint: 'pipe the file in, e.g. `cat head.json | mcp-contract diff base.json -`, or give the file path instead of "-".',
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_SOURCE_BYTES) {
      throw new UserError(`standard input holds more than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB, more than a catalog read here may`, {
        hint: 'check what is piped in; a catalog file that large is read from its path or git:REF:PATH the same way.',
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads `git:REF:PATH` (the file as it is at a revision), `-` (standard input) or a plain file path, as UTF-8 text. */
export async function readSource(source: string, cwd = process.cwd()): Promise<string> {
  return (await readSourceBytes(source, cwd)).toString('utf8');
}

/**
 * A byte buffer that files are read into one after the other (the two sides of a diff): the bytes of a file are
 * garbage once it is parsed, but a Buffer's memory is returned only when a full collection finds it, often not before
 * the process ends. Reading the second file into the first one's memory keeps one file's bytes, not two, at the peak.
 * A read through it is valid until the next one.
 */
export interface ReadBuffer {
  bytes: Buffer;
}

/** `file`'s bytes, read into `into` (grown when the file is larger). */
async function readFileInto(file: string, into: ReadBuffer): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    // One byte more than the size, so the read that finds the end needs no room of its own.
    const wanted = (await handle.stat()).size + 1;
    if (into.bytes.length < wanted) into.bytes = Buffer.allocUnsafeSlow(wanted);
    let length = 0;
    for (;;) {
      if (length === into.bytes.length) {
        // The file grew while it was read: keep what was read and go on.
        const larger = Buffer.allocUnsafeSlow(2 * into.bytes.length);
        into.bytes.copy(larger, 0, 0, length);
        into.bytes = larger;
      }
      const { bytesRead } = await handle.read(into.bytes, length, into.bytes.length - length, null);
      if (bytesRead === 0) return into.bytes.subarray(0, length);
      length += bytesRead;
      if (length > MAX_SOURCE_BYTES) {
        throw new UserError(`${file} holds more than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB, more than a catalog read here may`, {
          hint: 'check that the path names the catalog file (a snapshot or a tools/list result), not a log or an archive.',
        });
      }
    }
  } finally {
    await handle.close();
  }
}

/** The bytes of `git:REF:PATH`, `-` or a file path (readSource's, not yet decoded); a file is read into `into` when given. */
export async function readSourceBytes(source: string, cwd = process.cwd(), into?: ReadBuffer): Promise<Buffer> {
  if (source === '-') return readStdin();
  const git = /^git:([^:]+):(.+)$/.exec(source);
  if (git) {
    const [, ref, file] = git;
    if (ref.startsWith('-')) {
      throw new UserError(`"${source}" names the git revision "${ref}", which starts with "-"`, {
        hint: 'give a branch, tag or commit SHA, e.g. git:origin/main:mcp-contract.snapshot.json.',
      });
    }
    try {
      // --end-of-options: whatever the revision says, git reads it as a revision, never as an option.
      const { stdout } = await execGit(['show', '--end-of-options', `${ref}:${file}`], {
        cwd,
        maxBuffer: MAX_SOURCE_BYTES,
        encoding: 'buffer',
      });
      return stdout;
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
      throw new UserError(`could not read ${file} at git revision ${ref}: ${stderr.split('\n')[0]}`, {
        hint: await gitRevisionHint(ref, file, stderr, cwd),
        cause: err,
      });
    }
  }
  try {
    // Bytes, decoded by the caller (a catalog tool by tool): readFile with an encoding decodes chunk by chunk through a
    // StringDecoder and joins the pieces, several times slower on a 30 MB snapshot.
    return into ? await readFileInto(source, into) : await fs.readFile(source);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`could not read ${source}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`, {
      hint:
        code === 'ENOENT'
          ? 'check the path; create a snapshot with `mcp-contract snapshot --out FILE -- <server command>`.'
          : 'check the file permissions.',
      cause: err,
    });
  }
}

function listOf(obj: JsonObject, key: string, source: string, keyField: string): JsonObject[] {
  const v = obj[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw notACatalog(source, `"${key}" is ${typeof v}, expected an array`);
  v.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry[keyField] !== 'string') {
      throw notACatalog(source, `${key}[${i}] has no string "${keyField}"`);
    }
  });
  return v as JsonObject[];
}

function notACatalog(source: string, why: string): UserError {
  return new UserError(`${source} is not a catalog: ${why}`, {
    hint: 'pass a snapshot written by `mcp-contract snapshot`, or a raw tools/list result such as {"tools": [...]}.',
  });
}

/**
 * Turns parsed JSON into a Catalog. Accepts a snapshot file (has formatVersion), a raw list result
 * ({"tools": [...]} with optional serverInfo, prompts, resources, resourceTemplates, capabilities,
 * instructions, protocolVersion) or a JSON-RPC response wrapping one ({"result": {...}}). The tool entries of a
 * format-2 snapshot are checked against their stored hashes and unwrapped, unless `toolsVerified` says the caller
 * did that already (parseToolByTool).
 */
export function parseCatalogJson(value: unknown, source: string, toolsVerified = false): LoadedCatalog {
  if (!isObject(value)) throw notACatalog(source, 'the top level is not a JSON object');
  let obj: JsonObject = value;
  if (isObject(obj.result) && !('tools' in obj) && !('formatVersion' in obj)) obj = obj.result;

  let formatVersion: number | undefined;
  if ('formatVersion' in obj) {
    if (typeof obj.formatVersion !== 'number' || !Number.isInteger(obj.formatVersion)) {
      throw new UserError(`${source}: "formatVersion" must be an integer, found ${JSON.stringify(obj.formatVersion)}`, {
        hint: 'the snapshot looks hand-edited or corrupted; regenerate it with `mcp-contract snapshot`.',
      });
    }
    formatVersion = obj.formatVersion;
    if (formatVersion > SNAPSHOT_FORMAT_VERSION || formatVersion < 1) {
      throw new UserError(
        `${source} has snapshot format version ${formatVersion}; this mcp-contract reads formats 1 to ${SNAPSHOT_FORMAT_VERSION}`,
        {
          hint:
            formatVersion > SNAPSHOT_FORMAT_VERSION
              ? 'the snapshot was written by a newer mcp-contract: upgrade mcp-contract (npx mcp-contract@latest) or pin the version that wrote it.'
              : 'the snapshot is corrupted; regenerate it with `mcp-contract snapshot`.',
        },
      );
    }
  }
  const hasAnyList = ['tools', 'prompts', 'resources', 'resourceTemplates'].some((k) => k in obj);
  if (!hasAnyList) throw notACatalog(source, 'it has none of "tools", "prompts", "resources", "resourceTemplates"');

  if (formatVersion === 2 && !toolsVerified && Array.isArray(obj.tools)) {
    obj = { ...obj, tools: obj.tools.map((entry, i) => verifiedEntryTool(entry, i, source)) };
  }
  const serverRaw = isObject(obj.server) ? obj.server : isObject(obj.serverInfo) ? obj.serverInfo : {};
  const catalog: Catalog = {
    server: readServerInfo(serverRaw),
    capabilities: isObject(obj.capabilities) ? obj.capabilities : {},
    tools: listOf(obj, 'tools', source, 'name') as Catalog['tools'],
    prompts: listOf(obj, 'prompts', source, 'name') as Catalog['prompts'],
    resources: listOf(obj, 'resources', source, 'uri') as Catalog['resources'],
    resourceTemplates: listOf(obj, 'resourceTemplates', source, 'uriTemplate') as Catalog['resourceTemplates'],
  };
  if (typeof obj.protocolVersion === 'string') catalog.protocolVersion = obj.protocolVersion;
  if (isObject(obj.clientCapabilities)) catalog.clientCapabilities = obj.clientCapabilities;
  if (typeof obj.instructions === 'string') catalog.instructions = obj.instructions;
  Object.assign(catalog, readCaptureNotes(obj));
  return { source, catalog, formatVersion };
}

/** Parses JSON text with an error that names the file, line and column. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    // A text cut short ends mid-value: V8 says "Unexpected end of JSON input" without a position, so it is the end.
    const pos = /position (\d+)/.exec(msg) ?? (/end of JSON input/.test(msg) ? [msg, String(text.length)] : null);
    let where = '';
    if (pos) {
      const upto = text.slice(0, Number(pos[1]));
      const line = upto.split('\n').length;
      const col = upto.length - upto.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    throw new UserError(`${source} is not valid JSON${where}: ${msg}`, {
      hint: 'the file looks truncated or hand-edited; regenerate it with `mcp-contract snapshot`, or restore it with `git checkout -- <file>`.',
    });
  }
}

/**
 * Loads a catalog from a file path or git:REF:PATH. Its tools are decoded and parsed one by one and key-sorted as they
 * are (see parseToolByTool), so a large file never lives as one string, nor as a raw parse beside its sorted copy.
 */
export async function loadCatalog(source: string, cwd?: string): Promise<LoadedCatalog> {
  return parseToolByTool(await readSourceBytes(source, cwd), source).loaded;
}

/**
 * Loads the two catalogs of a diff, for toSnapshot, one file after the other. Each tool is parsed on its own and
 * key-sorted at once (sortToolKeys), so no raw catalog lives beside its sorted copy; a head tool whose bytes are, byte
 * for byte, a tool of the base (same sha256 of its bytes; for a format-2 entry, the same verified stored hash) is not
 * parsed at all but is the base's sorted object (canonicalize then shares its canonical form, JSON and hash too). The
 * base's bytes are not needed once it is read, so the two files are never both in memory. On a 10,000-tool pair with
 * 90% of the tools unchanged this skips most of the head's parsing and about half the peak memory. A file that is not
 * plainly `{…, "tools": [{…}, …], …}` (see tool-slices.ts) is parsed whole, as loadCatalog does, and so is any file
 * with a syntax error, for the line and column in the message.
 */
export async function loadCatalogPair(baseSource: string, headSource: string, cwd?: string): Promise<[LoadedCatalog, LoadedCatalog]> {
  // Standard input is read first, whichever side it is: it may be a pipe whose writer waits for us.
  const headFirst = headSource === '-';
  const headBytesEarly = headFirst ? await readSourceBytes(headSource, cwd) : undefined;
  const buffer: ReadBuffer = { bytes: Buffer.alloc(0) };
  const base = parseToolByTool(await readSourceBytes(baseSource, cwd, buffer), baseSource, { collect: true });
  const head = parseToolByTool(headBytesEarly ?? (await readSourceBytes(headSource, cwd, buffer)), headSource, { known: base.byKey });
  return [base.loaded, head.loaded];
}

/** Stands in for the tools array while the rest of a file is parsed; random per process. */
const TOOLS_PLACEHOLDER = `mcp-contract tools ${randomUUID()}`;

/** Where the tools of a catalog file are: by the layout of a format-2 snapshot when it has one, else by scanning. */
function slicesOf(bytes: Buffer): ToolSlices | undefined {
  return storedToolSlices(bytes) ?? toolSlices(bytes);
}

/** How parseToolByTool finds tools it has seen: the tools of the other catalog by the key of their bytes. */
interface ToolReuse {
  /** Record each parsed tool under its key (the base of a pair). */
  collect?: boolean;
  /** Tools already parsed, by key: an element with one of these keys is that tool, not parsed again. */
  known?: ReadonlyMap<string, JsonObject>;
}

/**
 * The key of a tool's bytes in a pair: the verified stored hash of a format-2 entry, else the sha256 of the element's
 * bytes. Prefixed by kind, so an entry and a raw tool are never taken for each other.
 */
const entryKey = (verifiedHash: string) => `entry ${verifiedHash}`;
const rawKey = (bytes: Buffer, start: number, end: number) => `raw ${sha256(bytes.subarray(start, end))}`;

/**
 * parseCatalogJson of `bytes`, its tools decoded and parsed one by one and key-sorted (those in `reuse.known` taken
 * from there); with `reuse.collect`, `byKey` holds every parsed tool by the key of its bytes.
 */
function parseToolByTool(bytes: Buffer, source: string, reuse: ToolReuse = {}): { loaded: LoadedCatalog; byKey?: Map<string, JsonObject> } {
  const parseWhole = () => ({ loaded: parseCatalogJson(parseJsonText(bytes.toString('utf8'), source), source) });
  const slices = slicesOf(bytes);
  if (!slices) return parseWhole();
  let rest: JsonObject = {};
  const tools: JsonObject[] = [];
  const byKey = reuse.collect ? new Map<string, JsonObject>() : undefined;
  const remember = (key: string, tool: JsonObject) => {
    if (byKey && !byKey.has(key)) byKey.set(key, tool);
  };
  try {
    // Everything but the tools array is parsed as it is; each tool not known is parsed on its own. The array found
    // must be the top-level `tools` JSON.parse would take: another top-level "tools" key (JSON.parse keeps the last)
    // or an array found inside another value would replace the placeholder, which no file can guess.
    const around: unknown = JSON.parse(
      bytes.toString('utf8', 0, slices.arrayStart) + JSON.stringify(TOOLS_PLACEHOLDER) + bytes.toString('utf8', slices.arrayEnd),
    );
    if (!isObject(around) || around.tools !== TOOLS_PLACEHOLDER) return parseWhole();
    rest = around;
    // Format 2: each entry's hash is checked against the bytes of its tool (snapshot-v2.ts) before the tool is used.
    const entries = rest.formatVersion === 2;
    const known = reuse.known;
    const lookUp = known && ((hash: string) => known.get(entryKey(hash)));
    for (let k = 0; k < slices.elements.length; k += 2) {
      const start = slices.elements[k]!,
        end = slices.elements[k + 1]!;
      if (entries) {
        const { tool, verifiedHash } = readToolEntry(bytes, start, end, k / 2, source, lookUp);
        if (verifiedHash !== undefined) remember(entryKey(verifiedHash), tool);
        tools.push(tool);
        continue;
      }
      const key = known || byKey ? rawKey(bytes, start, end) : undefined;
      const same = key !== undefined ? known?.get(key) : undefined;
      if (same) {
        tools.push(same); // the same bytes as a base tool
        continue;
      }
      const tool = JSON.parse(bytes.toString('utf8', start, end)) as unknown;
      // Not an object with a name: parseCatalogJson on the whole text says which entry and why.
      if (!isObject(tool) || typeof tool.name !== 'string') return parseWhole();
      const sorted = sortToolKeys(tool);
      if (key !== undefined) remember(key, sorted);
      tools.push(sorted);
    }
  } catch (err) {
    // A syntax error: the whole-text parse reports it with its line and column. A too-deep tool is reported as is.
    if (err instanceof SyntaxError) return parseWhole();
    throw err;
  }
  rest.tools = tools;
  return { loaded: parseCatalogJson(rest, source, true), ...(byKey ? { byKey } : {}) };
}

/** Loads a catalog and returns it as a (re-hashed) snapshot. */
export async function loadSnapshot(source: string, cwd?: string): Promise<Snapshot> {
  return toSnapshot((await loadCatalog(source, cwd)).catalog);
}

/** A snapshot (or any catalog file's) text as a checked, re-hashed snapshot, without I/O; `source` names it in messages. */
export function parseSnapshotText(text: string, source: string): Snapshot {
  return toSnapshot(parseToolByTool(Buffer.from(text, 'utf8'), source).loaded.catalog);
}
