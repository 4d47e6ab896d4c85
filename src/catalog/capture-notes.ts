// Reads what a capture observed beside the lists (cache hints, transport, list order, server requests, tolerated failures) back from a snapshot file.
import { isObject, type JsonObject } from '../findings/json.js';
import {
  SERVER_REQUEST_METHODS,
  isTolerableList,
  type Catalog,
  type CatalogListKey,
  type CaptureTransport,
  type ListCacheHint,
  type ListOrder,
  type UncapturedList,
} from './types.js';

export const CATALOG_LIST_KEYS: readonly CatalogListKey[] = ['tools', 'prompts', 'resources', 'resourceTemplates'];
const TRANSPORTS: readonly CaptureTransport[] = ['stdio', 'streamable-http', 'sse'];

type CaptureNotes = Pick<Catalog, 'cacheHints' | 'transport' | 'listOrder' | 'serverRequests' | 'uncapturedLists'>;

/**
 * The capture notes of a parsed snapshot (or raw catalog) file, each kept only in the shape this version writes; a
 * hand-edited value of another shape is dropped rather than guessed at (the notes are observations, not the contract).
 */
export function readCaptureNotes(obj: JsonObject): CaptureNotes {
  const out: CaptureNotes = {};
  if (isObject(obj.cacheHints)) {
    const hints: Partial<Record<CatalogListKey, ListCacheHint>> = {};
    for (const key of CATALOG_LIST_KEYS) {
      const hint = obj.cacheHints[key];
      if (!isObject(hint)) continue;
      hints[key] = {
        ...(hint.ttlMs !== undefined ? { ttlMs: hint.ttlMs } : {}),
        ...(hint.cacheScope !== undefined ? { cacheScope: hint.cacheScope } : {}),
      };
    }
    if (Object.keys(hints).length) out.cacheHints = hints;
  }
  if (TRANSPORTS.includes(obj.transport as CaptureTransport)) out.transport = obj.transport as CaptureTransport;
  if (isObject(obj.listOrder)) {
    const order: Partial<Record<CatalogListKey, ListOrder>> = {};
    for (const key of CATALOG_LIST_KEYS) {
      const value = obj.listOrder[key];
      if (value === 'stable' || value === 'unstable') order[key] = value;
    }
    if (Object.keys(order).length) out.listOrder = order;
  }
  if (isObject(obj.uncapturedLists)) {
    const uncaptured: Partial<Record<CatalogListKey, UncapturedList>> = {};
    for (const key of CATALOG_LIST_KEYS) {
      const entry = obj.uncapturedLists[key];
      if (!isObject(entry) || !isTolerableList(entry.method)) continue;
      const code = typeof entry.code === 'number' ? entry.code : 0;
      uncaptured[key] = { method: entry.method as string, code, message: typeof entry.message === 'string' ? entry.message : '' };
    }
    if (Object.keys(uncaptured).length) out.uncapturedLists = uncaptured;
  }
  if (Array.isArray(obj.serverRequests)) {
    out.serverRequests = obj.serverRequests.filter((m): m is string => (SERVER_REQUEST_METHODS as readonly unknown[]).includes(m));
  }
  return out;
}
