// The shapes of a captured catalog and of the snapshot file that stores it; every stage reads these.

import type { JsonObject } from '../findings/json.js';

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

export interface ServerInfo {
  name?: string;
  title?: string;
  version?: string;
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
