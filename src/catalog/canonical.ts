// Canonical form of a catalog: sorted lists and keys, volatile fields removed, sha256 per tool and per catalog.
import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import type { Catalog, Json, JsonObject, Snapshot } from './types.js';
import { SNAPSHOT_FORMAT_VERSION } from './types.js';

/** Keys inside an entry's `_meta` that change between captures of the same server and mean nothing to a client. */
const VOLATILE_META_KEY = /^(timestamp|generatedAt|capturedAt|updatedAt|lastModified|ttlMs|ttl|etag|cacheControl|cache|maxAge|requestId)$/i;

export function sha256(text: string): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex');
}

/** Stable, key-sorted JSON without whitespace: the text every hash is taken over. */
export function stableJson(value: unknown): string {
  return stableStringify(value);
}

/** Deep copy with object keys sorted, so JSON.stringify(…, null, 2) gives a stable, diff-friendly layout. */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortKeysDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

function withoutVolatileMeta<T extends JsonObject>(entry: T): T {
  let out: JsonObject = entry;
  const meta = entry._meta;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const kept: JsonObject = {};
    for (const [k, v] of Object.entries(meta)) if (!VOLATILE_META_KEY.test(k)) kept[k] = v;
    out = { ...out };
    if (Object.keys(kept).length) out._meta = kept;
    else delete out._meta;
  }
  const ann = out.annotations;
  if (ann && typeof ann === 'object' && !Array.isArray(ann) && 'lastModified' in ann) {
    const { lastModified: _drop, ...rest } = ann as JsonObject;
    out = { ...out, annotations: rest };
  }
  return out as T;
}

function byKey<T extends JsonObject>(key: string) {
  return (a: T, b: T): number => {
    const ka = String(a[key] ?? ''), kb = String(b[key] ?? '');
    if (ka !== kb) return ka < kb ? -1 : 1;
    // Duplicate names (a server bug we report elsewhere): order by content so the result is still stable.
    const sa = stableJson(a), sb = stableJson(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  };
}

/** Canonical catalog: lists sorted by their key, volatile fields dropped, keys sorted. Input is not modified. */
export function canonicalize(catalog: Catalog): Catalog {
  const out: Catalog = {
    server: pickDefined({ name: catalog.server.name, title: catalog.server.title, version: catalog.server.version }),
    capabilities: sortKeysDeep(catalog.capabilities ?? {}),
    tools: catalog.tools.map(withoutVolatileMeta).sort(byKey('name')).map(sortKeysDeep),
    prompts: catalog.prompts.map(withoutVolatileMeta).sort(byKey('name')).map(sortKeysDeep),
    resources: catalog.resources.map(withoutVolatileMeta).sort(byKey('uri')).map(sortKeysDeep),
    resourceTemplates: catalog.resourceTemplates.map(withoutVolatileMeta).sort(byKey('uriTemplate')).map(sortKeysDeep),
  };
  if (catalog.protocolVersion !== undefined) out.protocolVersion = catalog.protocolVersion;
  if (catalog.clientCapabilities !== undefined) out.clientCapabilities = sortKeysDeep(catalog.clientCapabilities);
  if (catalog.instructions !== undefined) out.instructions = catalog.instructions;
  return out;
}

function pickDefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** The part of a catalog its hash covers: the contract a client sees (not the version, not how we captured). */
function contractOf(c: Catalog): Json {
  return {
    server: pickDefined({ name: c.server.name, title: c.server.title }),
    protocolVersion: c.protocolVersion ?? null,
    capabilities: c.capabilities,
    instructions: c.instructions ?? null,
    tools: c.tools,
    prompts: c.prompts,
    resources: c.resources,
    resourceTemplates: c.resourceTemplates,
  } as Json;
}

export function hashTool(tool: Json): string {
  return sha256(stableJson(tool));
}

export function hashCatalog(canonical: Catalog): string {
  return sha256(stableJson(contractOf(canonical)));
}

/** Canonicalises and hashes a catalog into a snapshot (pure; see snapshot-file.ts for I/O). */
export function toSnapshot(catalog: Catalog): Snapshot {
  const c = canonicalize(catalog);
  const tools: Record<string, string> = {};
  for (const t of c.tools) tools[t.name] = hashTool(t);
  // Fixed top-level order reads well in a PR; everything below it is key-sorted.
  const snap: Snapshot = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    server: c.server,
    ...(c.protocolVersion !== undefined ? { protocolVersion: c.protocolVersion } : {}),
    ...(c.clientCapabilities !== undefined ? { clientCapabilities: c.clientCapabilities } : {}),
    capabilities: c.capabilities,
    ...(c.instructions !== undefined ? { instructions: c.instructions } : {}),
    hashes: { catalog: hashCatalog(c), tools },
    tools: c.tools,
    prompts: c.prompts,
    resources: c.resources,
    resourceTemplates: c.resourceTemplates,
  };
  return snap;
}

/** The exact bytes of a snapshot file: two-space JSON with a trailing newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}
