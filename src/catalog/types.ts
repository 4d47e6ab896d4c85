// The shapes of a captured catalog and of the snapshot file that stores it; every stage reads these.

import type { Json, JsonObject } from '../findings/json.js';

/** One entry of tools/list, exactly as the server sent it (unknown fields kept). */
export interface ToolDef extends JsonObject {
  name: string;
}
export interface PromptDef extends JsonObject {
  name: string;
}
export interface ResourceDef extends JsonObject {
  uri: string;
}
export interface ResourceTemplateDef extends JsonObject {
  uriTemplate: string;
}

/** The four catalog lists, by their key in a Catalog. */
export type CatalogListKey = 'tools' | 'prompts' | 'resources' | 'resourceTemplates';

/**
 * The 2026-07-28 caching hints of one list (SEP-2549, CacheableResult): `ttlMs` and `cacheScope` as the result pages
 * carried them (the shortest ttlMs and the strictest scope over the pages; values kept raw, even invalid ones).
 */
export interface ListCacheHint {
  ttlMs?: Json;
  cacheScope?: Json;
}

/** The server→client requests a capture records when the server sends them (the spec's, nothing else: server text is untrusted). */
export const SERVER_REQUEST_METHODS = ['elicitation/create', 'ping', 'roots/list', 'sampling/createMessage'] as const;

/** Whether a list came back in the same order when read twice. */
export type ListOrder = 'stable' | 'unstable';

/**
 * A list the capture could not read and was told to tolerate (`--tolerate resources/list`): the server advertised it but
 * answered its request with a JSON-RPC error. Its entries are unknown, not empty; the diff compares it with nothing.
 */
export interface UncapturedList {
  method: string;
  /** The JSON-RPC error the server answered with (its message is server text, kept short). */
  code: number;
  message: string;
}

/** The lists a capture may tolerate failing; tools/list is the contract itself and never tolerated. */
export const TOLERABLE_LISTS = ['prompts/list', 'resources/list', 'resources/templates/list'] as const;

/** Whether a method names a list a capture may tolerate failing. */
export function isTolerableList(method: unknown): method is (typeof TOLERABLE_LISTS)[number] {
  return (TOLERABLE_LISTS as readonly unknown[]).includes(method);
}

/** How the capture reached the server. */
export type CaptureTransport = 'stdio' | 'streamable-http' | 'sse';

/** serverInfo as the server sent it: the text fields, and every other field (websiteUrl, icons, description, …) as JSON. */
export interface ServerInfo {
  name?: string;
  title?: string;
  version?: string;
  [field: string]: Json | undefined;
}

/**
 * What a capture read from a live server (or a raw tools/list file), before canonicalisation.
 * Lists are in the order the server sent them; `catalog/canonical.ts` sorts and strips volatile fields.
 */
export interface Catalog {
  server: ServerInfo;
  /** Negotiated protocol version, e.g. "2025-06-18" or "2026-07-28". */
  protocolVersion?: string;
  /** Server capabilities as advertised (initialize result or server/discover). */
  capabilities: JsonObject;
  /** Client capabilities we declared while capturing: base and head must be captured the same way. */
  clientCapabilities?: JsonObject;
  instructions?: string;
  tools: ToolDef[];
  prompts: PromptDef[];
  resources: ResourceDef[];
  resourceTemplates: ResourceTemplateDef[];
  /** 2026-07-28 list caching hints (SEP-2549), per list that carried any. Absent in older snapshots. */
  cacheHints?: Partial<Record<CatalogListKey, ListCacheHint>>;
  /** The transport the capture spoke (legacy HTTP+SSE is a deprecated feature). Absent in older snapshots and raw files. */
  transport?: CaptureTransport;
  /** Requests the server sent us during the capture, of SERVER_REQUEST_METHODS (e.g. roots/list), sorted. Absent in older snapshots. */
  serverRequests?: string[];
  /**
   * Lists the capture read twice, and whether their order held (tools/list SHOULD be deterministic, 2026-07-28). A list
   * not named was not checked (or the check could not judge), which says nothing about its order.
   */
  listOrder?: Partial<Record<CatalogListKey, ListOrder>>;
  /** Lists that failed and were tolerated (`--tolerate`): unknown, so never compared. Absent when every list was read. */
  uncapturedLists?: Partial<Record<CatalogListKey, UncapturedList>>;
}

/** The format snapshot files are written in; format 1 (hashes in one top-level block) is still read. */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** A canonical Catalog plus its hashes (computed, never taken from a file unchecked); snapshot-v2.ts has the file layout. */
export interface Snapshot extends Catalog {
  /** Always SNAPSHOT_FORMAT_VERSION for files this version writes. */
  formatVersion: number;
  hashes: {
    /** "sha256:<hex>" over the canonical contract with each tool as its hash (everything but server.version). */
    catalog: string;
    /**
     * tool name → "sha256:<hex>" of the tool's canonical text (as a v2 file stores it). A name the server lists more
     * than once maps to the hash of all its definitions' texts (canonical order), so a change to any of them shows.
     */
    tools: Record<string, string>;
  };
}
