// Reads every page of the catalog lists, raw (unknown fields kept), within page and byte limits, with their cache hints,
// whether tools/list keeps its order, and which tolerated lists the server failed to serve.
import type { CatalogListKey, ListCacheHint, ListOrder, UncapturedList } from '../catalog/types.js';
import { truncateText } from '../text.js';
import { isObject, type Json, type JsonObject } from '../findings/json.js';
import type { CaptureLimits } from '../config/types.js';
import type { Handshake } from './negotiate.js';
import { METHOD_NOT_FOUND, RpcError, type RpcClient } from './rpc.js';

export const DEFAULT_LIMITS: Required<CaptureLimits> = { maxPages: 1000, maxBytes: 64 * 1024 * 1024 };

export interface ListSpec {
  method: string;
  /** Key of the array in the result, and of the Catalog field. */
  key: 'tools' | 'prompts' | 'resources' | 'resourceTemplates';
  /** Server capability that announces the list. */
  capability: 'tools' | 'prompts' | 'resources';
  /** Field every entry must have as a string (its identity in the snapshot). */
  idField: string;
}

export const LISTS: readonly ListSpec[] = [
  { method: 'tools/list', key: 'tools', capability: 'tools', idField: 'name' },
  { method: 'prompts/list', key: 'prompts', capability: 'prompts', idField: 'name' },
  { method: 'resources/list', key: 'resources', capability: 'resources', idField: 'uri' },
  { method: 'resources/templates/list', key: 'resourceTemplates', capability: 'resources', idField: 'uriTemplate' },
];

/** A list broke a rule of the protocol or a limit (repeating cursor, too many pages, an entry without identity). */
export class ListProblem extends Error {
  constructor(
    readonly method: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ListProblem';
  }
}

export interface ListReadOptions {
  limits: Required<CaptureLimits>;
  requestTimeoutMs: number;
  log?: (line: string) => void;
  /** Told which request is in flight, so a timeout can say where the capture was. */
  onStage?: (stage: string) => void;
  /**
   * Read tools/list a second time and compare the order (2026-07-28 server/tools: servers SHOULD return tools in a
   * deterministic order): true always, false never, undefined only when cheap (one page of at most CHEAP_ORDER_CHECK_BYTES).
   */
  checkOrder?: boolean;
  /** List methods whose JSON-RPC error is recorded as "not captured" instead of failing the capture (never tools/list). */
  tolerate?: readonly string[];
}

/** A tools/list answered in one page this small is read twice by default: the second read costs next to nothing. */
export const CHEAP_ORDER_CHECK_BYTES = 256 * 1024;

/** Everything the lists said: their entries, the cache hints their results carried, and the order of those read twice. */
export interface ListsRead {
  lists: Record<CatalogListKey, JsonObject[]>;
  cacheHints: Partial<Record<CatalogListKey, ListCacheHint>>;
  listOrder: Partial<Record<CatalogListKey, ListOrder>>;
  uncaptured: Partial<Record<CatalogListKey, UncapturedList>>;
}

interface OneList {
  entries: JsonObject[];
  pages: number;
  bytes: number;
  hint: ListCacheHint | undefined;
}

/** Reads all four lists in turn (some servers mishandle concurrent requests). Unadvertised lists are empty. */
export async function readLists(rpc: RpcClient, handshake: Handshake, opts: ListReadOptions): Promise<ListsRead> {
  const budget = { bytes: 0 };
  const out: ListsRead = {
    lists: { tools: [], prompts: [], resources: [], resourceTemplates: [] },
    cacheHints: {},
    listOrder: {},
    uncaptured: {},
  };
  for (const spec of LISTS) {
    if (handshake.capabilities[spec.capability] === undefined || handshake.capabilities[spec.capability] === null) continue;
    let read: OneList;
    try {
      read = await readList(rpc, handshake, spec, opts, budget);
    } catch (err) {
      if (!(err instanceof RpcError) || spec.key === 'tools' || !opts.tolerate?.includes(spec.method)) throw err;
      // Partial pages are dropped with the rest: a list is captured whole or recorded as not captured, never half.
      out.uncaptured[spec.key] = { method: spec.method, code: err.code, message: truncateText(err.rpcMessage, 200) };
      opts.log?.(`${spec.method}: JSON-RPC error ${err.code}, tolerated (--tolerate ${spec.method}): recorded as not captured`);
      continue;
    }
    out.lists[spec.key] = read.entries;
    if (read.hint) out.cacheHints[spec.key] = read.hint;
    if (spec.key === 'tools' && wantsOrderCheck(read, opts.checkOrder)) {
      const order = await secondReadOrder(rpc, handshake, spec, opts, budget, read);
      if (order) out.listOrder.tools = order;
    }
  }
  return out;
}

function wantsOrderCheck(read: OneList, checkOrder: boolean | undefined): boolean {
  if (checkOrder !== undefined) return checkOrder && read.entries.length > 1;
  return read.entries.length > 1 && read.pages === 1 && read.bytes <= CHEAP_ORDER_CHECK_BYTES;
}

/**
 * Reads the list again and tells whether it came back in the same order. A second read that fails, or that lists other
 * entries (the catalog changed in between), proves nothing about order: logged, and undefined (not judged).
 */
async function secondReadOrder(
  rpc: RpcClient,
  handshake: Handshake,
  spec: ListSpec,
  opts: ListReadOptions,
  budget: { bytes: number },
  first: OneList,
): Promise<ListOrder | undefined> {
  const label = `${spec.method} (second read, order check)`;
  let again: OneList;
  try {
    again = await readList(rpc, handshake, spec, { ...opts, log: undefined }, budget, label);
  } catch (err) {
    opts.log?.(`${label}: not judged, the second read failed (${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
  const ids = (list: OneList) => list.entries.map((e) => String(e[spec.idField]));
  const before = ids(first),
    after = ids(again);
  if ([...before].sort().join('\u0000') !== [...after].sort().join('\u0000')) {
    opts.log?.(`${label}: not judged, the second read listed other ${spec.key}`);
    return undefined;
  }
  const same = before.every((id, i) => id === after[i]);
  opts.log?.(`${label}: ${same ? 'same order' : 'a different order'}`);
  return same ? 'stable' : 'unstable';
}

/** The list's hint from one page's: the shortest ttlMs and the strictest cacheScope ("private" over anything else). */
function mergeHint(hint: ListCacheHint | undefined, result: JsonObject): ListCacheHint | undefined {
  const ttlMs: Json | undefined = result.ttlMs,
    cacheScope: Json | undefined = result.cacheScope;
  if (ttlMs === undefined && cacheScope === undefined) return hint;
  const out: ListCacheHint = { ...hint };
  if (ttlMs !== undefined) {
    const shorter = typeof ttlMs === 'number' && typeof out.ttlMs === 'number' ? Math.min(ttlMs, out.ttlMs) : (out.ttlMs ?? ttlMs);
    out.ttlMs = shorter;
  }
  if (cacheScope !== undefined && (out.cacheScope === undefined || cacheScope === 'private')) out.cacheScope = cacheScope;
  return out;
}

async function readList(
  rpc: RpcClient,
  handshake: Handshake,
  spec: ListSpec,
  opts: ListReadOptions,
  budget: { bytes: number },
  label = spec.method,
): Promise<OneList> {
  const entries: JsonObject[] = [];
  let hint: ListCacheHint | undefined;
  let listBytes = 0;
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (let pageNo = 1; ; pageNo++) {
    if (pageNo > opts.limits.maxPages) {
      throw new ListProblem(
        spec.method,
        `${spec.method} still had more pages after ${opts.limits.maxPages} pages`,
        'the server may paginate without end; if the list really is that long, raise limits.maxPages in the config (or --max-pages).',
      );
    }
    const params: JsonObject = {};
    if (cursor !== undefined) params.cursor = cursor;
    if (handshake.requestMeta) params._meta = handshake.requestMeta;
    opts.onStage?.(`${label} page ${pageNo}`);
    let result: JsonObject, bytes: number;
    try {
      ({ result, bytes } = await rpc.request(spec.method, Object.keys(params).length ? params : undefined, opts.requestTimeoutMs));
    } catch (err) {
      // Templates belong to the resources capability, but many servers with resources never implemented the
      // templates list; every client treats that as "no templates", and so do we.
      if (err instanceof RpcError && err.code === METHOD_NOT_FOUND && spec.key === 'resourceTemplates' && pageNo === 1) {
        opts.log?.(`${spec.method}: method not found, taken as no templates`);
        return { entries: [], pages: 0, bytes: 0, hint: undefined };
      }
      throw err;
    }
    budget.bytes += bytes;
    listBytes += bytes;
    if (budget.bytes > opts.limits.maxBytes) {
      throw new ListProblem(
        spec.method,
        `the catalog is larger than ${opts.limits.maxBytes} bytes (reached while reading ${spec.method} page ${pageNo})`,
        'if the catalog really is that large, raise limits.maxBytes in the config (or --max-bytes).',
      );
    }
    const list = result[spec.key];
    if (!Array.isArray(list)) {
      throw new ListProblem(
        spec.method,
        `the ${spec.method} result has no "${spec.key}" array (got keys: ${Object.keys(result).join(', ') || 'none'})`,
        `the server's ${spec.method} handler returns the wrong shape; it must answer {"${spec.key}": [...]}.`,
      );
    }
    list.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry[spec.idField] !== 'string') {
        throw new ListProblem(
          spec.method,
          `${spec.method} page ${pageNo}, entry ${i} has no string "${spec.idField}": ${JSON.stringify(entry).slice(0, 200)}`,
          `every entry of ${spec.method} needs a "${spec.idField}"; fix the server's list handler.`,
        );
      }
      entries.push(entry);
    });
    hint = mergeHint(hint, result);
    opts.log?.(`${spec.method} page ${pageNo}: ${list.length} ${spec.key}`);
    const next = result.nextCursor;
    if (next === undefined || next === null || next === '') return { entries, pages: pageNo, bytes: listBytes, hint };
    if (typeof next !== 'string') {
      throw new ListProblem(
        spec.method,
        `${spec.method} page ${pageNo} has a non-string nextCursor: ${JSON.stringify(next)}`,
        "cursors are opaque strings; fix the server's pagination.",
      );
    }
    if (seenCursors.has(next)) {
      throw new ListProblem(
        spec.method,
        `${spec.method} returned the cursor ${JSON.stringify(next)} twice (page ${pageNo}); following it would never end`,
        "the server's pagination repeats a cursor; it must return a new cursor per page and omit nextCursor on the last one.",
      );
    }
    seenCursors.add(next);
    cursor = next;
  }
}
